#!/usr/bin/python3
"""Index an archive in shards on a Dask cluster, then merge the shards.

    /usr/bin/python3 scale/dask_index.py ARCHIVE OUT.sqlite [--workers 2] [--shards N]
                                         [--scheduler tcp://host:8786] [--translint PATH]

Without --scheduler it starts a LocalCluster of --workers processes on this
machine; with it, the shards go to that cluster's workers, which need
translint (or --translint) and the archive and OUT.shards/ at the same paths
(a shared file system). Each task runs `translint index ARCHIVE --shard K/N
--db OUT.shards/K.sqlite -j 1` (the map); `translint merge` then writes
OUT.sqlite and runs the corpus checks over the whole archive (the reduce).
Uses Debian's python3-distributed: run it with /usr/bin/python3.
"""
import argparse
import os
import subprocess
import sys
import time


def index_shard(translint, folder, archive, shard, shards, db):
    """One map task: index the shard-th of `shards` parts of the archive into db."""
    started = time.monotonic()
    done = subprocess.run([translint, "index", archive, "--shard", f"{shard}/{shards}", "--db", db, "-j", "1"],
                          capture_output=True, text=True, cwd=folder)
    if done.returncode != 0:
        raise RuntimeError(f"shard {shard}/{shards}: translint index exited {done.returncode}: {done.stderr.strip()}")
    return {"shard": shard, "db": db, "seconds": time.monotonic() - started, "summary": done.stderr.strip()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("out")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--shards", type=int, help="number of shards (default: twice the workers)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    parser.add_argument("--translint", default="translint", help="the translint binary (default: on PATH)")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    translint = args.translint
    if os.path.sep in translint:
        translint = os.path.abspath(translint)
    shard_folder = os.path.abspath(args.out + ".shards")
    os.makedirs(shard_folder, exist_ok=True)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
        workers = len(client.scheduler_info()["workers"])
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
        workers = args.workers
    shards = args.shards or 2 * max(1, workers)
    # The shards store the archive's paths as given, relative to this folder: the tasks run here.
    archive, folder = args.archive, os.getcwd()
    try:
        started = time.monotonic()
        futures = client.map(index_shard, [translint] * shards, [folder] * shards, [archive] * shards, range(1, shards + 1),
                             [shards] * shards, [os.path.join(shard_folder, f"{k}.sqlite") for k in range(1, shards + 1)],
                             pure=False)
        results = client.gather(futures)
        mapped = time.monotonic() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    merge = subprocess.run([translint, "merge", *[r["db"] for r in results], "--db", args.out],
                           capture_output=True, text=True)
    sys.stderr.write(merge.stderr)
    if merge.returncode != 0:
        return merge.returncode
    print(f"dask_index: {shards} shards on {workers} workers: index {mapped:.2f} s, "
          f"then merge {time.monotonic() - started - mapped:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
