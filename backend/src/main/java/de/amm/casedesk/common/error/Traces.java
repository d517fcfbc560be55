package de.amm.casedesk.common.error;

/** Stack traces for the log without the exceptions' messages, which may quote the data that failed. */
final class Traces {

    private static final int FRAMES = 12;

    private Traces() {}

    /** The exception's class and its causes' classes, without messages: "A <- B <- C". */
    static String classes(Throwable e) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
        }
        return chain.toString();
    }

    static String withoutMessages(Throwable e) {
        StringBuilder trace = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            trace.append(depth == 0 ? "" : "Caused by: ")
                    .append(t.getClass().getName())
                    .append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                trace.append("\tat ").append(frames[i]).append('\n');
            }
        }
        return trace.toString();
    }
}
