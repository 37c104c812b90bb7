#!/usr/bin/env bash
# The Java package as users get it (docs/bindings.md, "Installing"): builds
# velferd.jar (its JNI library inside), pom.xml, -sources.jar and -javadoc.jar
# in a temporary build tree; installs with `cmake --install` and checks the
# jar is share/java/velferd.jar; compiles and runs examples/java/Example.java
# and the Java test suite against the INSTALLED jar alone, from an empty
# directory, with no -Djava.library.path and no LD_LIBRARY_PATH; installs the
# artifacts into a temporary local Maven repository (maven-install-plugin)
# and builds examples/java/maven-consumer against no.velferd:velferd with
# `mvn -o`, offline, the plugins coming from Debian's /usr/share/maven-repo.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bash scripts/deps.sh maven libmaven-install-plugin-java libmaven-compiler-plugin-java \
  libmaven-resources-plugin-java libmaven-jar-plugin-java libsurefire-java
tmp=$(mktemp -d /tmp/velferd-java.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
unset LD_LIBRARY_PATH CLASSPATH JAVA_TOOL_OPTIONS _JAVA_OPTIONS
t0=$SECONDS
step() { echo "== package_java: $* ($((SECONDS - t0))s)"; }
version=$(sed -n 's/^project(velferd VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}

step "build the jar, pom, sources and javadoc jars"
cmake -S . -B "$tmp/build" -DCMAKE_BUILD_TYPE=Release -DVELFERD_TESTS=OFF \
  -DVELFERD_JAVA=ON -DVELFERD_PYTHON=OFF -DVELFERD_R=OFF >/dev/null
cmake --build "$tmp/build" -j"$jobs" --target velferd_jar velferd_maven >"$tmp/build.log" 2>&1 \
  || { tail -40 "$tmp/build.log"; exit 1; }
grep 'javadoc:' "$tmp/build.log" || true
out=$tmp/build/bindings/java
cmake --install "$tmp/build" --prefix "$tmp/prefix" --component java >/dev/null
jar=$tmp/prefix/share/java/velferd.jar
test -f "$jar" || { echo "cmake --install did not install share/java/velferd.jar"; exit 1; }
# (Listings go to files: `| grep -q` could fail the pipeline under pipefail.)
unzip -p "$jar" no/velferd/native/linux-x86_64/libvelferd_java.so >"$tmp/jni.so" \
  || { echo "velferd.jar lacks its JNI library"; exit 1; }
ldd "$tmp/jni.so" >"$tmp/jni.ldd"
if grep -q libvelferd "$tmp/jni.ldd"; then echo "the JNI library in the jar needs libvelferd.so"; exit 1; fi

# Java with only the installed jar (and the program's classes) on the class
# path, from an empty directory, its temporary files in a directory of ours.
run_java() {  # CLASSPATH_EXTRA MAIN ARGS...
  local cp=$1; shift
  mkdir -p "$tmp/jtmp" "$tmp/empty"
  (cd "$tmp/empty" && java -Xcheck:jni -Djava.io.tmpdir="$tmp/jtmp" -cp "$jar:$cp" "$@")
  # NativeLoader's private directory is gone once the JVM has exited.
  if [ -n "$(ls -A "$tmp/jtmp")" ]; then echo "left in java.io.tmpdir: $(ls "$tmp/jtmp")"; exit 1; fi
}

step "examples/java/Example.java against the installed jar alone"
mkdir "$tmp/example"
javac -Xlint:all -Werror --release 11 -encoding UTF-8 -cp "$jar" -d "$tmp/example" examples/java/Example.java
run_java "$tmp/example" Example >"$tmp/example.out"
head -2 "$tmp/example.out"
# The Bergen pensioner of docs/rules.md: 9 991.86 kr under the 80 % rule.
grep -q '^Assistance for 2021-10: 9991.86 kr$' "$tmp/example.out" || { echo "Example: wrong result"; exit 1; }
grep -q 'rule80.supplement' "$tmp/example.out" || { echo "Example: no trace"; exit 1; }

step "the Java test suite against the installed jar"
mkdir "$tmp/tests"
javac -Xlint:all -Xlint:-serial -Werror --release 11 -encoding UTF-8 -cp "$jar" -d "$tmp/tests" \
  bindings/java/tests/no/velferd/*.java
run_java "$tmp/tests" no.velferd.VelferdTest "$repo/tests/data"

step "Maven: install into a temporary local repository, build a consumer offline"
# A private local repository: Debian's packaged plugins linked in (as
# maven-debian-helper's copy-repo.sh does), velferd installed next to them.
m2=$tmp/m2
cp -rs /usr/share/maven-repo/. "$m2/"
mvn_run() {  # Maven offline on that repository; its log shown on failure
  mvn -o -B -q -Dmaven.repo.local="$m2" "$@" >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log"; exit 1; }
}
mvn_run org.apache.maven.plugins:maven-install-plugin:3.1.0:install-file \
  -Dfile="$jar" -DpomFile="$out/pom.xml" \
  -Dsources="$out/velferd-sources.jar" -Djavadoc="$out/velferd-javadoc.jar"
art=$m2/no/velferd/velferd/$version
for f in velferd-$version.jar velferd-$version.pom velferd-$version-sources.jar velferd-$version-javadoc.jar; do
  test -f "$art/$f" || { echo "Maven repository lacks $f"; exit 1; }
done
cp -r examples/java/maven-consumer "$tmp/consumer"
(cd "$tmp/consumer" && mvn_run -Dvelferd.version="$version" package)
run_java "$tmp/consumer/target/consumer-1.0.jar" org.example.Consumer 2021-06-01 | tee "$tmp/consumer.out"
# G from 1 May 2021: 106 399 kr (data/params).
grep -q "^velferd $version$" "$tmp/consumer.out" && grep -q '^G on 2021-06-01: 106399.00 kr' "$tmp/consumer.out" \
  || { echo "Maven consumer: wrong output"; exit 1; }
step "all Java packaging checks passed"
