// PSO Scale JShell startup: imports the library's packages and loads the bundled cases.
// Needs pso-model, pso-classifier and pso-dataset (and their dependencies) on the class path, e.g.
//   jshell --class-path "$CP" pso-scale-startup.jsh
// After `mvn package` in the project, `jshell pso-dataset/target/jshell/pso-scale.jsh` sets the class path
// and then opens this file.
import java.util.*;
import java.util.stream.*;
import org.psoscale.model.*;
import org.psoscale.classifier.*;
import org.psoscale.classifier.evaluation.*;
import org.psoscale.classifier.advice.*;
import org.psoscale.dataset.*;
PsoDataset data = PsoDataset.bundled();
StrategyClassifier rules = StrategyClassifiers.rules();
System.out.println("PSO Scale ready: data (" + data.size() + " cases, " + data.labelled().size()
    + " with the paper's strategy coding), rules (the paper's rules classifier).");
