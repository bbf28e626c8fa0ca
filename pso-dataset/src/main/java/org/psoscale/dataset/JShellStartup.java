package org.psoscale.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JShell startup script of PSO Scale, shipped inside the pso-dataset jar: it imports the library's packages
 * and loads the bundled cases as {@code data} and the paper's rules as {@code rules}. A Maven user who has the
 * jars on a class path {@code $CP} (e.g. from {@code mvn dependency:build-classpath}) writes it out and opens it:
 * <pre>{@code
 * java -cp "$CP" org.psoscale.dataset.JShellStartup > pso-scale.jsh
 * jshell --class-path "$CP" pso-scale.jsh
 * }</pre>
 */
public final class JShellStartup {
  /** The class-path resource holding the script. */
  public static final String RESOURCE = "/org/psoscale/dataset/jshell/pso-scale-startup.jsh";

  private JShellStartup() {}

  /**
   * The script's text.
   *
   * @return the script, UTF-8 decoded; not null
   * @throws IllegalStateException if the resource is missing (a packaging bug)
   */
  public static String script() {
    try (InputStream in = JShellStartup.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Prints the script to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(script());
    System.out.flush();
  }
}
