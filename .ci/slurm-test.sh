#!/usr/bin/env bash
# A real Slurm test: a single-node cluster on 127.0.0.1 (Debian slurm-wlm + munge), the bundled corpus submitted
# as a 4-task job array plus a dependent merge through sbatch, and the merged dataset compared with a
# single-process run. Needs root. Skips (exit 0) only when apt cannot reach its archive to install Slurm.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
START=$(date +%s)
log() { echo "[slurm-test $(( $(date +%s) - START ))s] $*"; }

if [ "$(id -u)" != 0 ]; then echo "slurm-test: needs root (installs packages, starts daemons)"; exit 1; fi

# 1. Packages: quick when already installed.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  log "installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q -o DPkg::Lock::Timeout=300 slurm-wlm munge >/tmp/slurm-test-apt.log 2>&1; then
    if ! apt-get update -q -o DPkg::Lock::Timeout=300 >>/tmp/slurm-test-apt.log 2>&1 || grep -qE '^(Err|W: Failed to fetch)' /tmp/slurm-test-apt.log; then
      if ! apt-get install -y -q -o DPkg::Lock::Timeout=300 slurm-wlm munge >>/tmp/slurm-test-apt.log 2>&1; then
        echo "SKIPPED slurm-test: apt cannot reach its archive to install slurm-wlm/munge (see /tmp/slurm-test-apt.log)"; exit 0
      fi
    else
      apt-get install -y -q -o DPkg::Lock::Timeout=300 slurm-wlm munge
    fi
  fi
fi
log "slurm $(sbatch --version) with $(munged --version 2>&1 | head -1)"

# 2. The CLI build (CI has just built it for the tests; build again only if missing).
DLL=$(find src/PressMine.Cli/bin/Release -name pressmine.dll -path '*net10.0*' | head -1)
if [ -z "$DLL" ]; then dotnet build src/PressMine.Cli -c Release -v q >/dev/null; DLL=$(find src/PressMine.Cli/bin/Release -name pressmine.dll | head -1); fi
DLL=$(readlink -f "$DLL")

# 3. A private cluster: config, key, state and sockets under one temp dir; stopped by PID on exit.
T=$(mktemp -d /tmp/pressmine-slurm.XXXXXX)
chmod 700 "$T"
PIDS=()
cleanup() {
  set +e
  [ -n "${SLURM_CONF:-}" ] && scancel --quiet -u root >/dev/null 2>&1
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  if [ "${KEEP_SLURM_TEST_DIR:-0}" = 1 ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT

dd if=/dev/urandom of="$T/munge.key" bs=1024 count=1 status=none
chmod 400 "$T/munge.key"
munged --force --foreground --socket="$T/munge.sock" --key-file="$T/munge.key" --pid-file="$T/munged.pid" \
  --log-file="$T/munged.log" --seed-file="$T/munged.seed" >"$T/munged.stdout" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [ -S "$T/munge.sock" ] && break; sleep 0.2; done

mkdir -p "$T/state" "$T/spool"
CPUS=$(nproc)
cat >"$T/slurm.conf" <<CONF
ClusterName=pressmine-ci
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
AuthInfo=socket=$T/munge.sock
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=pmnode NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=ci Nodes=pmnode Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$T/slurm.conf"
slurmctld -D -f "$SLURM_CONF" >"$T/slurmctld.stdout" 2>&1 &
PIDS+=($!)
slurmd -D -N pmnode -f "$SLURM_CONF" >"$T/slurmd.stdout" 2>&1 &
PIDS+=($!)
for _ in $(seq 60); do
  state=$(sinfo -h -N -o %T 2>/dev/null | head -1 || true)
  [ "$state" = idle ] && break
  sleep 1
done
if [ "$state" != idle ]; then
  echo "slurm-test: node did not become idle (state '$state')"; tail -20 "$T/slurmctld.log" "$T/slurmd.log" || true; exit 1
fi
log "cluster up: $(sinfo -h -o '%P %D %C %T')"

# 4. Submit the shard array and the dependent merge through `pressmine slurm --submit`.
OUT="$T/merged"
submitted=$(dotnet "$DLL" slurm "$REPO/corpus/pages" --out "$OUT" --work "$T/work" --shards 4 --cpus-per-task 1 \
  --time 00:10:00 --pressmine "dotnet $DLL" --submit)
echo "$submitted"
ARRAY=$(echo "$submitted" | sed -n 's/.*array job \([0-9]*\).*/\1/p')
MERGE=$(echo "$submitted" | sed -n 's/.*merge job \([0-9]*\).*/\1/p')
[ -n "$ARRAY" ] && [ -n "$MERGE" ] || { echo "slurm-test: could not read job ids"; exit 1; }

DEADLINE=$(( $(date +%s) + 600 ))
while squeue -h -j "$ARRAY,$MERGE" 2>/dev/null | grep -q .; do
  if [ "$(date +%s)" -gt "$DEADLINE" ]; then echo "slurm-test: jobs still queued after 10 min"; squeue; exit 1; fi
  sleep 2
done
log "jobs finished"
for f in "$T"/work/logs/*.out; do echo "--- $(basename "$f")"; tail -2 "$f"; done
[ -f "$OUT/manifest.json" ] || { echo "slurm-test: merged dataset missing"; tail -30 "$T/slurmctld.log"; exit 1; }

# 5. The same corpus in one process; the merged tables must be equal.
dotnet "$DLL" run "$REPO/corpus/pages" --out "$T/single" >/dev/null 2>&1
for sql in "SELECT * EXCLUDE (encoding) FROM articles ORDER BY id" \
           "SELECT * FROM facts ORDER BY article_id, evidence_start, evidence_end, metric, value"; do
  dotnet "$DLL" query "$T/single" "$sql" --format csv >"$T/a.csv"
  dotnet "$DLL" query "$OUT" "$sql" --format csv >"$T/b.csv"
  if ! cmp -s "$T/a.csv" "$T/b.csv"; then echo "slurm-test: FAILED, merged differs from single run for: $sql"; diff "$T/a.csv" "$T/b.csv" | head -20; exit 1; fi
  log "equal ($(wc -l <"$T/a.csv") lines): $sql"
done
log "PASSED: 4-task array + afterok merge under Slurm equals the single-process run"
