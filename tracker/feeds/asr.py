"""Speech recognition with faster-whisper: the ``ports.Transcriber`` of the ``asr`` extra.

The transcriber is a small frozen dataclass of settings, so it pickles to the
transcription worker process; the model is loaded there, once, on first use.
faster-whisper fetches the model on the user's machine the first time (README says
how much disk and time that takes); ``model_available`` tells whether it is there.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any

from tracker.config import Settings
from tracker.errors import ConfigError
from tracker.model import TranscriptSegment

logger = logging.getLogger(__name__)

INSTALL_HINT = 'pip install "statement-tracker[asr]"'


@dataclass(frozen=True)
class WhisperTranscriber:
    """faster-whisper on the CPU (int8) by default; language "" detects it per episode."""

    model: str = "small"
    language: str = ""
    device: str = "cpu"
    compute_type: str = "int8"

    def duration(self, audio_path: str) -> float:
        """Seconds of audio, from the container's header (PyAV, which faster-whisper uses)."""
        import av

        with av.open(audio_path) as container:
            if container.duration is not None:
                return float(container.duration) / 1_000_000  # av.time_base
            stream = container.streams.audio[0]
            return float((stream.duration or 0) * (stream.time_base or 0))

    def transcribe(self, audio_path: str) -> list[TranscriptSegment]:
        """The speech as timed segments (voice activity filter on, no speaker labels)."""
        model = _load(self.model, self.device, self.compute_type)
        segments, info = model.transcribe(audio_path, language=self.language or None,
                                          vad_filter=True, beam_size=5)
        found = [TranscriptSegment(float(s.start), float(s.end), str(s.text).strip())
                 for s in segments]
        logger.info("transcribed %s: %.0f s of %s", audio_path, info.duration, info.language)
        return [s for s in found if s.text]


@functools.cache
def _load(model: str, device: str, compute_type: str) -> Any:
    from faster_whisper import WhisperModel

    return WhisperModel(model, device=device, compute_type=compute_type)


def model_available(model: str) -> tuple[bool, str]:
    """Whether faster-whisper and the model are on this machine (no download); and why not."""
    try:
        from faster_whisper.utils import download_model
    except ImportError:
        return False, f"faster-whisper is not installed ({INSTALL_HINT})"
    try:
        download_model(model, local_files_only=True)
    except Exception as exc:  # huggingface_hub raises its own types when the cache lacks it
        return False, f"the faster-whisper model {model!r} is not on this machine ({exc})"
    return True, ""


def build_transcriber(settings: Settings) -> WhisperTranscriber | None:
    """The configured transcriber, or None when speech recognition is off.

    Raises:
        ConfigError: ``transcripts.asr`` is on but faster-whisper is not installed, or
            ``asr_videos`` is on and yt-dlp is not.
    """
    from tracker.feeds.video_audio import yt_dlp_missing

    conf = settings.transcripts
    if not conf.asr:
        return None
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        raise ConfigError(f"transcripts.asr is on but faster-whisper is missing: {INSTALL_HINT}"
                          ) from None
    if conf.asr_videos and yt_dlp_missing():
        raise ConfigError("transcripts.asr_videos is on but yt-dlp is missing: "
                          f"{INSTALL_HINT} (or set asr_videos = false)")
    return WhisperTranscriber(conf.asr_model, conf.asr_language, conf.asr_device,
                              conf.asr_compute_type)
