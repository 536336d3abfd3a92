#!/usr/bin/env python3
"""Summarises Java Flight Recorder's execution samples: the hottest frames, by self and by total time.

Usage:
  jfr print --stack-depth 64 --events jdk.ExecutionSample recording.jfr > samples.txt
  python3 benchmarks/jfr-tree.py samples.txt [--thread http-nio] [--top 40] [--under org.govhall]

"self" counts the samples whose top frame is that method; "total" the samples that have the method anywhere on
their stack (once per sample). --thread keeps samples of threads whose name contains the text; --under keeps
samples with a frame starting with the prefix. Stacks cut at the print's depth count as far as printed.
"""
import argparse
import collections
import re
import sys

FRAME = re.compile(r"^\s+(\S.*?)\((.*)\)(?: line: \d+)?")
THREAD = re.compile(r'sampledThread = "(.*?)"')


def samples(lines):
    """Yields (thread, [frames top first]) for each event of the print."""
    thread, frames, in_stack = None, [], False
    for line in lines:
        if line.startswith("jdk.ExecutionSample") or line.startswith("jdk.NativeMethodSample"):
            thread, frames, in_stack = None, [], False
            continue
        match = THREAD.search(line)
        if match:
            thread = match.group(1)
            continue
        if "stackTrace = [" in line:
            in_stack = True
            continue
        if in_stack:
            if line.strip() == "]":
                in_stack = False
                yield thread, frames
                continue
            match = FRAME.match(line)
            if match:
                frames.append(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default="-")
    parser.add_argument("--thread", default="", help="keep threads whose name contains this")
    parser.add_argument("--under", default="", help="keep samples with a frame starting with this")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    own = collections.Counter()
    total = collections.Counter()
    count = 0
    for thread, frames in samples(source):
        if args.thread and (thread is None or args.thread not in thread):
            continue
        if args.under and not any(f.startswith(args.under) for f in frames):
            continue
        if not frames:
            continue
        count += 1
        own[frames[0]] += 1
        for frame in set(frames):
            total[frame] += 1
    print(f"{count} samples")
    if count == 0:
        return
    print(f"\nself (top {args.top})")
    for frame, n in own.most_common(args.top):
        print(f"{100 * n / count:6.1f} %  {n:6d}  {frame}")
    print(f"\ntotal (top {args.top})")
    for frame, n in total.most_common(args.top):
        print(f"{100 * n / count:6.1f} %  {n:6d}  {frame}")


if __name__ == "__main__":
    main()
