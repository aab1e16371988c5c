package org.capexlens.arch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may depend on classes a layering rule would otherwise forbid it, and says why. The exception
 * travels with the code it excuses, so a reader sees it where it matters and the architecture test holds no list of
 * names: {@code ArchitectureTest} ignores exactly the dependencies on {@link #value()} from the annotated class
 * (and its nested classes), and fails on a blank {@link #reason()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedDependency {
    /** The classes (not packages) this class may use despite the rule; nested classes of them are included. */
    Class<?>[] value();

    /** Why the exception is sound, in one or two sentences; never blank. */
    String reason();
}
