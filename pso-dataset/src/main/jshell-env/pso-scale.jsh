/env --class-path ${project.build.directory}/${project.build.finalName}.jar${path.separator}${pso.dependency.classpath}
/open ${project.build.directory}/jshell/pso-scale-startup.jsh
