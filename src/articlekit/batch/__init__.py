"""The batch runtime: many inputs in, one result per input out, in order; one failure never stops the rest.

Modules, from the leaves up:

* :mod:`~articlekit.batch.inputs`: command-line arguments to named sources; bounded file and stdin reading;
* :mod:`~articlekit.batch.timelimit`: the per-document time limit (SIGALRM where the platform has it);
* :mod:`~articlekit.batch.tasks`: the task and result types, and :func:`extract_one`;
* :mod:`~articlekit.batch.pool`: worker processes that a stuck document cannot block;
* :mod:`~articlekit.batch.driver`: :func:`extract_many` and :func:`extract_file`;
* :mod:`~articlekit.batch.progress` and :mod:`~articlekit.batch.output`: what the command line shows and writes.

It sits above :mod:`articlekit.api` and below the command line and the integrations.
"""

from __future__ import annotations

from articlekit.batch.driver import extract_file, extract_many, extract_tasks, to_task
from articlekit.batch.tasks import ExtractOptions, Input, Result, Task, extract_one

__all__ = ["ExtractOptions", "Input", "Result", "Task", "extract_file", "extract_many", "extract_one",
           "extract_tasks", "to_task"]
