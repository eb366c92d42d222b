# Sourced by mvnw and portal.sh: makes JAVA_HOME point at a JDK >= 21 (Vaadin 25's Maven plugin refuses older ones).
# Order: JAVA_HOME if new enough, then `java` on the PATH, then the usual install folders.
portal_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
portal_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
      /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/java/*/bin/java /opt/*jdk*/bin/java \
      "$HOME"/.sdkman/candidates/java/*/bin/java "$HOME"/.jdks/*/bin/java \
      /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && [ -x "$(dirname "$candidate")/javac" ] || continue
    major=$(portal_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      candidate=$(readlink -f "$candidate")
      export JAVA_HOME="${candidate%/bin/java}"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "没有找到 JDK 21 或更高版本 / No JDK >= 21 found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "请安装 JDK 21+（例如 Temurin 21），或设置 JAVA_HOME 指向它。" >&2
  return 1
}
