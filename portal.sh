#!/usr/bin/env bash
# Starts the whole portal on this machine: builds what is missing or out of date, then runs the backend
# through the launcher (which brings up embedded PostgreSQL and Redis when none are listening locally,
# restarts them if they die, and binds the backend to loopback) and the frontend.
# Ctrl-C stops everything. Settings: environment variables, see README.md.
set -euo pipefail
cd "$(dirname "$0")"
. .mvn/find-jdk.sh
portal_find_jdk

BACKEND_PORT="${PORTAL_BACKEND_PORT:-8080}"
FRONTEND_PORT="${PORTAL_FRONTEND_PORT:-8081}"
BACKEND_JAR=backend/target/backend.jar
LAUNCHER_JAR=launcher/target/launcher-exec.jar
FRONTEND_JAR=frontend/target/frontend.jar
LOGS="${PORTAL_HOME:-$HOME/.local/share/xiangyang-portal}/logs"
mkdir -p "$LOGS"

stale() { # jar missing, or any source of its modules newer than it
  local jar=$1; shift
  [ ! -f "$jar" ] && return 0
  [ -n "$(find pom.xml "$@" -newer "$jar" -type f -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}
if stale "$BACKEND_JAR" knowledge-base backend || stale "$LAUNCHER_JAR" launcher || stale "$FRONTEND_JAR" frontend; then
  echo "正在构建（首次约需几分钟，下载依赖并建立法规检索索引）…"
  ./mvnw -q -B -DskipTests -pl launcher,backend,frontend -am package
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$BACKEND_PORT" "$FRONTEND_PORT"; do
  if port_open "$port"; then
    echo "端口 $port 已被占用：请先停止占用它的程序，或设置 PORTAL_BACKEND_PORT / PORTAL_FRONTEND_PORT。" >&2
    exit 1
  fi
done

# Run copies of the jars, so that a rebuild while the portal runs cannot pull classes from under it.
RUN_DIR="${PORTAL_HOME:-$HOME/.local/share/xiangyang-portal}/run"
mkdir -p "$RUN_DIR"
cp "$BACKEND_JAR" "$RUN_DIR/backend.jar"
cp "$LAUNCHER_JAR" "$RUN_DIR/launcher.jar"
cp "$FRONTEND_JAR" "$RUN_DIR/frontend.jar"
BACKEND_JAR="$RUN_DIR/backend.jar"
LAUNCHER_JAR="$RUN_DIR/launcher.jar"
FRONTEND_JAR="$RUN_DIR/frontend.jar"

JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -XX:+UseSerialGC)
pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "正在停止…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

echo "启动后端（日志：$LOGS/backend.log）…"
PORTAL_BACKEND_PORT="$BACKEND_PORT" java "${JVM_FLAGS[@]}" -jar "$LAUNCHER_JAR" "$BACKEND_JAR" >"$LOGS/backend.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  port_open "$BACKEND_PORT" && break
  if ! kill -0 "${pids[0]}" 2>/dev/null; then
    echo "后端启动失败，最后的日志：" >&2; tail -n 30 "$LOGS/backend.log" >&2; exit 1
  fi
  sleep 1
done

# The key with which the frontend's X-Forwarded-For is believed (the launcher created it on the first start).
PROXY_KEY_FILE="${PORTAL_HOME:-$HOME/.local/share/xiangyang-portal}/proxy-key"
if [ -z "${PORTAL_PROXY_KEY:-}" ] && [ -f "$PROXY_KEY_FILE" ]; then
  PORTAL_PROXY_KEY=$(cat "$PROXY_KEY_FILE")
  export PORTAL_PROXY_KEY
fi
echo "启动前端（日志：$LOGS/frontend.log）…"
PORTAL_FRONTEND_PORT="$FRONTEND_PORT" PORTAL_BACKEND_URL="${PORTAL_BACKEND_URL:-http://127.0.0.1:$BACKEND_PORT}" \
  java "${JVM_FLAGS[@]}" -jar "$FRONTEND_JAR" >"$LOGS/frontend.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  port_open "$FRONTEND_PORT" && break
  if ! kill -0 "${pids[1]}" 2>/dev/null; then
    echo "前端启动失败，最后的日志：" >&2; tail -n 30 "$LOGS/frontend.log" >&2; exit 1
  fi
  sleep 1
done

cat <<MSG

襄阳劳动人事争议调解仲裁服务平台已启动：
  门户（浏览器打开）  http://localhost:$FRONTEND_PORT/
  后端 API            http://localhost:$BACKEND_PORT/api/v1/ping
  API 文档            http://localhost:$BACKEND_PORT/api/v1/docs
  数据目录            ${PORTAL_HOME:-$HOME/.local/share/xiangyang-portal}
按 Ctrl-C 停止。
MSG
if [ -z "${PORTAL_SMS_URL:-}" ]; then
  echo "短信：未配置短信网关（PORTAL_SMS_URL），验证码不发到手机，管理员登录后在 http://localhost:$FRONTEND_PORT/staff/sms-outbox（短信发件箱）查看。"
fi
wait -n "${pids[@]}" || true
echo "有一个进程已退出，请查看 $LOGS 下的日志。" >&2
