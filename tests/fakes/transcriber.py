"""A fake Transcriber: reads "audio" files that are text, in the worker process.

``fake_audio`` writes what the feed server serves as an episode's audio: a first line
``seconds=N`` (its duration), then ``start|end|text`` lines (what is said). The fake
pickles to the transcription process like the real one and, given ``pid_file``,
writes there the id of the process it ran in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from tracker.model import TranscriptSegment


def fake_audio(seconds: float, lines: list[tuple[float, float, str]], pad: int = 0) -> bytes:
    """An episode's "audio": its duration and its timed words (``pad`` bytes of filler)."""
    body = "\n".join([f"seconds={seconds}", *(f"{a}|{b}|{t}" for a, b, t in lines)])
    return body.encode() + b"\n#" + b"x" * pad


@dataclass(frozen=True)
class FakeTranscriber:
    pid_file: str = ""

    def duration(self, audio_path: str) -> float:
        with open(audio_path, encoding="utf-8") as f:
            return float(f.readline().split("=", 1)[1])

    def transcribe(self, audio_path: str) -> list[TranscriptSegment]:
        if self.pid_file:
            with open(self.pid_file, "a", encoding="utf-8") as f:
                f.write(f"{os.getpid()}\n")
        with open(audio_path, encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f.readlines()[1:] if "|" in line]
        return [TranscriptSegment(float(a), float(b), t)
                for a, b, t in (line.split("|", 2) for line in lines)]
