package org.example.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoscale.classifier.Classification;
import org.psoscale.classifier.StrategyClassifier;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.dataset.PsoCase;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.PsoJson;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.Sector;
import scala.Tuple4;

/**
 * PSO Scale's classifiers inside Spark SQL (local mode, two worker threads): the bundled cases are classified on
 * the executors and the strategies counted per sector, and the result must equal the same computation in this JVM.
 * Spark serializes every task's closure, in local mode too, so a classifier captured by a UDF or a partition
 * function reaches the executors through Java serialization.
 */
class SparkClassificationTest {
  private static final String UNCLASSIFIED = "UNCLASSIFIED";

  /** The driver's instance of the trained classifier; tasks compare theirs with it (same JVM in local mode). */
  private static StrategyClassifier driverTrained;

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .appName("pso-scale-spark-it")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    System.out.println("spark version: " + spark.version());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The paper's rules in a SQL UDF over a table whose profiles are JSON text, as a user's table would hold them. */
  @Test
  void rulesInAUdfCountLikeTheJvm() {
    StrategyClassifier rules = StrategyClassifiers.rules();
    UserDefinedFunction classify = functions.udf(
        (UDF1<String, String>) json -> strategy(rules.classify(readProfile(json))), DataTypes.StringType);

    Dataset<Row> classified = casesTable().withColumn("strategy", classify.apply(col("profile"))).cache();
    Map<String, String> perCase = new TreeMap<>();
    for (Row r : classified.select("id", "strategy").collectAsList()) {
      perCase.put(r.getString(0), r.getString(1));
    }
    Map<String, Long> bySector = counts(classified
        .select(explode(col("sectors")).as("sector"), col("strategy"))
        .groupBy("sector", "strategy").count());

    assertEquals(jvmPerCase(rules), perCase);
    assertEquals(jvmBySector(rules), bySector);
    System.out.println("spark rules by sector: " + bySector);
  }

  /**
   * A classifier trained on the driver (naive Bayes on the paper's 27 labelled cases), captured by a partition
   * function over a typed data set of the cases themselves.
   */
  @Test
  void trainedBayesInMapPartitionsCountsLikeTheJvm() {
    StrategyClassifier trained = StrategyClassifiers.bayesTrainer().train(PsoDataset.bundled().labelled());
    driverTrained = trained;

    Dataset<PsoCase> cases = spark
        .createDataset(PsoDataset.bundled().cases(), Encoders.javaSerialization(PsoCase.class))
        .repartition(2);
    MapPartitionsFunction<PsoCase, Tuple4<String, String, String, Boolean>> classifyPartition = partition -> {
      // The task's copy of the classifier came through serialization: it is not the driver's instance.
      boolean copied = trained != driverTrained;
      List<Tuple4<String, String, String, Boolean>> out = new ArrayList<>();
      while (partition.hasNext()) {
        PsoCase c = partition.next();
        String strategy = strategy(trained.classify(c.pso().profile()));
        for (Sector sector : c.pso().sectors()) {
          out.add(new Tuple4<>(c.id(), sector.name(), strategy, copied));
        }
      }
      return out.iterator();
    };
    Dataset<Row> classified = cases
        .mapPartitions(classifyPartition,
            Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING(), Encoders.BOOLEAN()))
        .toDF("id", "sector", "strategy", "copied")
        .cache();

    assertTrue(classified.filter(col("copied").equalTo(false)).isEmpty(),
        "every task must classify with a deserialized copy of the classifier");
    Map<String, String> perCase = new TreeMap<>();
    for (Row r : classified.select("id", "strategy").distinct().collectAsList()) {
      perCase.put(r.getString(0), r.getString(1));
    }
    Map<String, Long> bySector = counts(classified.groupBy("sector", "strategy").count());

    assertEquals(jvmPerCase(trained), perCase);
    assertEquals(jvmBySector(trained), bySector);
    assertNotEquals(jvmBySector(StrategyClassifiers.rules()), bySector,
        "rules and trained bayes should disagree somewhere, or this test could not tell them apart");
    System.out.println("spark trained bayes by sector: " + bySector);
  }

  /** The bundled cases as a DataFrame: id, sectors (constant names), profile (JSON from PsoJson.mapper()). */
  private static Dataset<Row> casesTable() {
    StructType schema = new StructType()
        .add("id", DataTypes.StringType, false)
        .add("sectors", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("profile", DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>();
    for (PsoCase c : PsoDataset.bundled().cases()) {
      String[] sectors = c.pso().sectors().stream().map(Sector::name).toArray(String[]::new);
      rows.add(RowFactory.create(c.id(), sectors, writeProfile(c.pso().profile())));
    }
    return spark.createDataFrame(rows, schema).repartition(2);
  }

  private static Map<String, String> jvmPerCase(StrategyClassifier classifier) {
    Map<String, String> out = new TreeMap<>();
    for (PsoCase c : PsoDataset.bundled().cases()) {
      out.put(c.id(), strategy(classifier.classify(c.pso().profile())));
    }
    return out;
  }

  private static Map<String, Long> jvmBySector(StrategyClassifier classifier) {
    Map<String, Long> out = new TreeMap<>();
    for (PsoCase c : PsoDataset.bundled().cases()) {
      String strategy = strategy(classifier.classify(c.pso().profile()));
      for (Sector sector : c.pso().sectors()) {
        out.merge(sector.name() + " / " + strategy, 1L, Long::sum);
      }
    }
    return out;
  }

  private static Map<String, Long> counts(Dataset<Row> sectorStrategyCount) {
    Map<String, Long> out = new TreeMap<>();
    Iterator<Row> it = sectorStrategyCount.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      out.put(r.getString(0) + " / " + r.getString(1), r.getLong(2));
    }
    return out;
  }

  private static String strategy(Classification c) {
    return c.primary().map(Enum::name).orElse(UNCLASSIFIED);
  }

  private static String writeProfile(PsoProfile profile) {
    try {
      return PsoJson.mapper().writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PsoProfile readProfile(String json) {
    try {
      return PsoJson.mapper().readValue(json, PsoProfile.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
