#!/usr/bin/python3
"""newsgraph as the map step under Dask: a scheduler and two worker processes
on loopback each build a graph from a shard of the corpus; `newsgraph merge`
is the reduce step. The merged graph must equal one build over everything,
byte for byte.

Usage: dask_map_reduce.py NEWSGRAPH OUTPUT_DIR ARTICLE...
Exit 77 (skipped) when Dask's distributed package is not installed.
"""
import os, subprocess, sys, tempfile

try:
    from distributed import Client, LocalCluster
except ImportError:
    print("SKIP: python3-distributed is not installed")
    sys.exit(77)


def build_shard(newsgraph, articles, output):
    """The map step: one newsgraph process per shard (runs on a Dask worker)."""
    subprocess.run([newsgraph, "build", *articles, "-q", "-j", "1", "-o", output], check=True)
    return output


def main():
    newsgraph, work, articles = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    os.makedirs(work, exist_ok=True)
    single = os.path.join(work, "single.nt")
    subprocess.run([newsgraph, "build", *articles, "-q", "-o", single], check=True)

    shards = [articles[i:i + 2] for i in range(0, len(articles), 2)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, local_directory=tempfile.mkdtemp(prefix="dask-")) as cluster, \
            Client(cluster) as client:
        futures = [client.submit(build_shard, newsgraph, shard, os.path.join(work, f"shard-{i}.nt"), pure=False)
                   for i, shard in enumerate(shards)]
        outputs = client.gather(futures)  # in submission order, whatever order the workers finished in
        workers = len(client.scheduler_info()["workers"])

    merged = os.path.join(work, "dask.nt")
    subprocess.run([newsgraph, "merge", *outputs, "-q", "-o", merged], check=True)
    same = open(single, "rb").read() == open(merged, "rb").read()
    print(f"{len(articles)} articles, {len(shards)} shards on {workers} Dask workers: "
          f"merged graph {'equals' if same else 'DIFFERS FROM'} the single run")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
