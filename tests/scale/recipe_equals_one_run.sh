#!/usr/bin/env bash
# A scale-out recipe of scale/ (parallel: GNU parallel with 2 job slots; dask:
# a Dask LocalCluster with 2 workers) indexes an archive in shards and merges
# them; the merged index must hold the findings (document and corpus ones) and
# give the report of one `translint index` over the whole archive.
# Usage: recipe_equals_one_run.sh parallel|dask TRANSLINT_BINARY SOURCE_DIR
set -euo pipefail
recipe=$1
translint=$2
source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir news
for i in $(seq 0 79); do
  outlet=$([ $((i % 3)) -eq 1 ] && echo Kloop || echo 24.kg)
  name=$([ $((i % 3)) -eq 0 ] && echo "Sadyr Japarov" || echo "Sadyr Zhaparov")
  other=$([ $((i % 5)) -eq 0 ] && echo "Bekbolatov" || echo "Bekbolotov")
  printf -- '---\ndate: 2021-%02d-%02d\noutlet: %s\n---\nPresident %s came to Kiev. 10 thousand 406 people came.\nTimur %s spoke.\nRead also\n' \
    $((1 + i % 12)) $((i % 28 + 1)) "$outlet" "$name" "$other" > "news/$((1000 + i)).md"
done
"$translint" index news --db whole.sqlite 2> /dev/null
case $recipe in
  parallel) "$source_dir/scale/parallel_index.sh" -j 2 -t "$translint" news merged.sqlite ;;
  dask) /usr/bin/python3 "$source_dir/scale/dask_index.py" news merged.sqlite --workers 2 --translint "$translint" ;;
  *) echo "unknown recipe $recipe" >&2; exit 2 ;;
esac
shards=$(ls merged.sqlite.shards | wc -l)
[ "$shards" -ge 2 ] || { echo "FAIL: $shards shard(s): the work was not split" >&2; exit 1; }
findings() {
  sqlite3 "$1" "SELECT f.path, x.scope, x.check_id, x.data FROM findings x JOIN files f ON x.file = f.id ORDER BY 1, 2, 3, 4"
}
findings whole.sqlite > whole.txt
findings merged.sqlite > merged.txt
grep -q '|corpus|names/unlisted-variants-across|' whole.txt || { echo "FAIL: no corpus finding to compare" >&2; exit 1; }
diff -u whole.txt merged.txt
"$translint" report --db whole.sqlite --format json | grep -v '"indexed_at"' > whole.json
"$translint" report --db merged.sqlite --format json | grep -v '"indexed_at"' > merged.json
diff -u whole.json merged.json
echo "$recipe: $shards shards merged; $(wc -l < whole.txt) findings and the report equal one run's"
