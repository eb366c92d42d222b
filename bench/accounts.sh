# Setup helpers for the row files that act as several kinds of account (sourced by bench/rows.d/*.sh; uses
# PORTAL_URL, BENCH_ADMIN_TOKEN, BENCH_LOGIN_BODY and sms_code of bench/run.sh). Setup only: nothing here
# is measured, and every call fails loudly (curl -f) so that a row never measures a half-prepared state.
bench_json() { # field [field...]: reads JSON on stdin and prints the value at that path (numbers index lists)
  python3 -c '
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1:]:
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v)' "$@"
}
bench_login() { # account password → token
  curl -fsS -H 'Content-Type: application/json' -d "{\"account\":\"$1\",\"password\":\"$2\"}" "$PORTAL_URL/api/v1/sessions" | bench_json token
}
bench_staff() { # role (CLERK, ARBITRATOR, DIRECTOR) [commission, default fancheng]: creates a staff account, prints its token
  local user="bench3-$(echo "$1" | tr 'A-Z' 'a-z')-$RANDOM$RANDOM"
  curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" \
    -d "{\"username\":\"$user\",\"displayName\":\"压测$1\",\"role\":\"$1\",\"commissionId\":\"${2:-fancheng}\",\"password\":\"bench-staff-2026\"}" \
    "$PORTAL_URL/api/v1/staff/accounts" >/dev/null
  bench_login "$user" bench-staff-2026
}
bench_worker() { # the worker run.sh registered → token
  curl -fsS -H 'Content-Type: application/json' -d "$BENCH_LOGIN_BODY" "$PORTAL_URL/api/v1/sessions" | bench_json token
}
bench_credit_code() { # a valid 统一社会信用代码 (GB 32100-2015 check character), random
  python3 -c '
import random
a = "0123456789ABCDEFGHJKLMNPQRTUWXY"; w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
s = "91420600%09d" % random.randrange(10**9)
print(s + a[(31 - sum(a.index(c) * x for c, x in zip(s, w)) % 31) % 31])'
}
bench_employer() { # [creditCode] registers an employer (SMS code from the outbox) → "token creditCode"
  # Given a credit code another account already claims (a colleague or an impostor), it signs in by phone.
  local phone code
  phone=$(printf "135%08d" $(( (RANDOM * 32768 + RANDOM) % 100000000 )))
  code=${1:-$(bench_credit_code)}
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"companyName\":\"襄阳压测机械有限公司\",\"creditCode\":\"$code\",\"contactName\":\"压测\",\"phone\":\"$phone\",\"password\":\"bench2026pw\",\"smsCode\":\"$(sms_code "$phone")\"}" \
    "$PORTAL_URL/api/v1/accounts/employers" >/dev/null
  local account=$code
  [ -n "${1:-}" ] && account=$phone
  echo "$(bench_login "$account" bench2026pw) $code"
}
bench_verify_employer() { # token creditCode: uploads a licence (a small PNG) and an administrator approves it
  python3 -c '
import struct, sys, zlib
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
raw = b"".join(b"\x00" + b"\xff\xff\xff" * 64 for _ in range(64))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
                        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))' >"$RESULTS/licence.png"
  curl -fsS -H "Authorization: Bearer $1" -F "licence=@$RESULTS/licence.png;type=image/png" \
    "$PORTAL_URL/api/v1/accounts/employers/verification" >/dev/null
  local id
  id=$(curl -fsS -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" "$PORTAL_URL/api/v1/staff/employers?state=PENDING" |
    python3 -c 'import json,sys; print(next(e["id"] for e in json.load(sys.stdin) if e["creditCode"] == sys.argv[1]))' "$2")
  curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" -d '{"decision":"APPROVE"}' \
    "$PORTAL_URL/api/v1/staff/employers/$id/verification" >/dev/null
}
