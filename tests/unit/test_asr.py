"""The speech-recognition switch: off by default, a one-line error without the extra."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tracker.config import Settings
from tracker.errors import ConfigError
from tracker.feeds.asr import WhisperTranscriber, build_transcriber, model_available
from tracker.runtime.scheduler import _transcription_jobs

INSTALL = 'pip install "statement-tracker[asr]"'
HAVE_FASTER_WHISPER = importlib.util.find_spec("faster_whisper") is not None


def test_off_by_default_and_no_job() -> None:
    settings = Settings()
    assert settings.transcripts.asr is False
    assert build_transcriber(settings) is None
    assert _transcription_jobs(None, settings) == []  # type: ignore[arg-type]


def test_on_builds_the_configured_transcriber_and_its_job() -> None:
    settings = Settings(transcripts={"asr": True, "asr_model": "tiny",  # type: ignore[arg-type]
                                     "asr_language": "zh", "asr_interval_seconds": 60})
    if not HAVE_FASTER_WHISPER:
        with pytest.raises(ConfigError) as info:
            build_transcriber(settings)
        assert info.value.exit_code == 2
        assert 'pip install "statement-tracker[asr]"' in str(info.value)
        return
    assert build_transcriber(settings) == WhisperTranscriber("tiny", "zh", "cpu", "int8")
    [job] = _transcription_jobs(None, settings)  # type: ignore[arg-type]
    assert (job.id, job.seconds, job.run_now) == ("transcribe", 60, False)


def test_model_availability_says_why_not() -> None:
    ok, why = model_available("no-such-model-size")
    assert not ok and why and "\n" not in why


def test_duration_is_read_from_the_audio_header(tmp_path: Path) -> None:
    if importlib.util.find_spec("av") is None:
        pytest.skip(f"PyAV is not installed (it comes with faster-whisper: {INSTALL})")
    import wave

    path = tmp_path / "silence.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * (16000 * 5 // 2))
    assert WhisperTranscriber().duration(str(path)) == pytest.approx(2.5, abs=0.01)
