package org.psoscale.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.psoscale.model.Pso;

/**
 * The plain generators, and the model itself, work for users who do not have jqwik: nothing but the jqwik
 * classes of the kit refers to jqwik.
 */
class NoJqwikTest {

  /** A class loader with the test class path minus every jqwik jar, below the platform class loader. */
  private static URLClassLoader withoutJqwik() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty() && !new File(entry).getName().startsWith("jqwik")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  @Test
  void plainGeneratorsRunWithoutJqwik() throws Exception {
    try (URLClassLoader loader = withoutJqwik()) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("net.jqwik.api.Arbitrary"));
      Class<?> generators = loader.loadClass(PsoGenerators.class.getName());
      for (String name : List.of("pso", "profile", "scalersAssessment", "countryCode", "name", "website")) {
        Method m = generators.getMethod(name, RandomGenerator.class);
        for (int seed = 0; seed < 50; seed++) {
          Object value = m.invoke(null, new SplittableRandom(seed));
          assertTrue(value != null, name);
          ClassLoader definedBy = value.getClass().getClassLoader();
          assertTrue(definedBy == null || definedBy == loader, name + ": " + definedBy);
        }
      }
      Object data = generators.getMethod("labelledProfiles", RandomGenerator.class, int.class)
          .invoke(null, new SplittableRandom(1), 20);
      assertEquals(20, ((List<?>) data).size());
      // The model's own classes load and validate too.
      Class<?> pso = loader.loadClass(Pso.class.getName());
      Object value = generators.getMethod("pso", RandomGenerator.class).invoke(null, new SplittableRandom(9));
      assertTrue(pso.isInstance(value));
    }
  }

  @Test
  void theJqwikPartFailsWithoutJqwikSoTheLoaderReallyLacksIt() throws Exception {
    try (URLClassLoader loader = withoutJqwik()) {
      Class<?> arbitraries = loader.loadClass(PsoArbitraries.class.getName());
      Throwable e = assertThrows(Throwable.class, () -> {
        try {
          arbitraries.getMethod("psos").invoke(null);
        } catch (InvocationTargetException ex) {
          throw ex.getCause();
        }
      });
      assertTrue(e instanceof NoClassDefFoundError || e instanceof TypeNotPresentException, e.toString());
    }
  }

  @Test
  void onlyTheJqwikClassesOfTheKitMentionJqwik() throws IOException {
    List<String> jqwikFree = List.of(
        "org/psoscale/model/testing/PsoGenerators.class",
        "org/psoscale/model/testing/Pools.class",
        "org/psoscale/model/Pso.class",
        "org/psoscale/model/ImmutablePso.class",
        "org/psoscale/model/PsoProfile.class",
        "org/psoscale/model/ImmutablePsoProfile.class",
        "org/psoscale/model/ScalersAssessment.class",
        "org/psoscale/model/CountryCode.class",
        "org/psoscale/model/LabelledProfile.class",
        "org/psoscale/model/PsoJson.class");
    for (String resource : jqwikFree) {
      assertFalse(bytes(resource).contains("net/jqwik"), resource);
    }
    assertTrue(bytes("org/psoscale/model/testing/PsoArbitraryProvider.class").contains("net/jqwik"));
  }

  private static String bytes(String resource) throws IOException {
    try (InputStream in = NoJqwikTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
