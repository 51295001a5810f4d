#!/usr/bin/python3
"""python-gitlab doing what bench/gitlab_bench does: the 100 most recent pipelines of a
project and all jobs of each. Usage: gitlab_bench.py URL TOKEN PROJECT -> prints seconds and counts."""
import sys
import time

import gitlab

url, token, project_id = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.monotonic()
gl = gitlab.Gitlab(url, private_token=token)
project = gl.projects.get(project_id, lazy=True)
pipelines = project.pipelines.list(per_page=100, get_all=False, order_by="id", sort="desc")
jobs = 0
for p in pipelines:
    jobs += len(p.jobs.list(per_page=100, get_all=True))
elapsed = time.monotonic() - start
print("%.3f %d %d" % (elapsed, len(pipelines), jobs))
