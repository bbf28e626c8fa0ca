package org.psoscale.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of PSO Scale.
 *
 * <p>Generated classes are named {@code Immutable*} and are public, so that users can call
 * {@code ImmutablePso.copyOf(pso).withName(…)}; builders use singular adders for plural attributes
 * ({@code addSector}, {@code addAllSectors}); Guava immutable collections hold every collection attribute;
 * nulls are rejected everywhere. Apply it to an abstract value type together with
 * {@code @Value.Immutable}. The annotation has class retention: it exists only for the annotation processor.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "activity:activities", "sector:sectors"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface PsoStyle {}
