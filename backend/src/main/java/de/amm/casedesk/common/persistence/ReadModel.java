package de.amm.casedesk.common.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository that reads tables of other features on purpose (a caseload, a timeline, the statistics, the
 * audit trail), naming them. Every other repository reads its own feature's tables only; the architecture test
 * holds them to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {

    /** The tables of other features it reads. */
    String[] tables();
}
