import { createContext, useContext, useEffect } from 'react';

/**
 * What a record form tells its fields, and they tell it. The fields register the names and labels they show:
 * a server error about a field the form shows appears at that field, one about any other field in the form's
 * alert, and a message that names another field ("is needed when {other} is given") names it by its label.
 * The form words the server's message for each field in the UI's current language.
 */
export type FieldRegistry = {
  register: (name: string, label: string) => () => void;
  /** The server's objection to the field, in the UI language, while the field shows it. */
  serverMessage: (name: string) => string | undefined;
};

export const FieldRegistryContext = createContext<FieldRegistry | null>(null);

/** Tells the form that it shows this field, under this label; answers the server's message for the field. */
export function useRegisteredField(name: string, label: string): FieldRegistry['serverMessage'] {
  const registry = useContext(FieldRegistryContext);
  const register = registry?.register;
  useEffect(() => register?.(name, label), [register, name, label]);
  return registry?.serverMessage ?? noMessage;
}

const noMessage = () => undefined;
