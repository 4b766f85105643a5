"use client";

// "Add evidence": paste text or drop files, see what Debrief makes of each source before
// anything is stored, adjust the reading (zone, reference date, day/month order, format),
// then import everything in one go. The timeline is the page: the panel opens from an
// "Add evidence" button, and is open at first only while the timeline is empty.
import { useEffect, useRef, useState } from "react";
import { importEvidence, previewEvidence } from "@/components/timeline/evidence-api";
import {
  FORMAT_CHOICES,
  guessService,
  MAX_EVIDENCE_BYTES,
  type EvidenceOptions,
} from "@/lib/evidence/evidence-input";
import type { EvidencePreview } from "@/lib/evidence/preview-report";
import { revealInvisible } from "@/lib/text/clean-text";

interface DraftSource {
  key: number;
  name: string;
  text: string;
  options: EvidenceOptions;
}

const PREVIEW_DELAY_MS = 400;

export function EvidencePanel({
  reference,
  isOpenAtFirst,
  onImported,
}: {
  reference: string;
  isOpenAtFirst: boolean;
  onImported: () => void;
}) {
  const [isOpen, setIsOpen] = useState(isOpenAtFirst);
  const openButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the panel: into it when opened, back to the button when closed.
  const hasToggled = useRef(false);
  useEffect(() => {
    if (!hasToggled.current) return;
    if (isOpen) heading.current?.focus();
    else openButton.current?.focus();
  }, [isOpen]);
  const toggle = (open: boolean) => {
    hasToggled.current = true;
    setIsOpen(open);
  };
  const [sources, setSources] = useState<DraftSource[]>([]);
  const [latestPreview, setPreview] = useState<EvidencePreview | null>(null);
  const [latestProblem, setProblem] = useState<string | null>(null);
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // Share of a big import done (0–1), while the server reports it.
  const [progress, setProgress] = useState<number | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const nextKey = useRef(1);
  // With no sources there is nothing to preview, whatever the last answer said.
  const preview = sources.length > 0 ? latestPreview : null;
  const problem = sources.length > 0 ? latestProblem : null;
  const requestNumber = useRef(0);

  const addSource = (name: string, text: string) => {
    const key = nextKey.current++;
    // Lines that name no service take one guessed from the name until the person sets it.
    const options = { service: guessService(name) };
    setSources((current) => [...current, { key, name, text, options }]);
  };
  const change = (key: number, patch: Partial<DraftSource>) =>
    setSources((current) =>
      current.map((source) => (source.key === key ? { ...source, ...patch } : source)),
    );
  // A renamed source gets the new name's guess, unless the person set its service.
  const rename = (source: DraftSource, name: string) =>
    change(source.key, {
      name,
      options:
        (source.options.service ?? "") === guessService(source.name)
          ? { ...source.options, service: guessService(name) }
          : source.options,
    });
  const changeOptions = (key: number, patch: Partial<EvidenceOptions>) =>
    setSources((current) =>
      current.map((source) =>
        source.key === key ? { ...source, options: { ...source.options, ...patch } } : source,
      ),
    );

  // Live preview: debounced, and only the latest answer is shown.
  useEffect(() => {
    const number = ++requestNumber.current;
    if (sources.length === 0) return;
    const timer = setTimeout(() => {
      void previewEvidence(reference, sources).then((answer) => {
        if (number !== requestNumber.current) return;
        setPreview(answer.ok ? answer.value : null);
        setProblem(answer.ok ? null : answer.message);
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [reference, sources]);

  const readFiles = async (files: FileList | File[]) => {
    const list = [...files];
    const total = list.reduce((sum, file) => sum + file.size, 0);
    if (total > MAX_EVIDENCE_BYTES) {
      setUploadProblem(
        `Those files add up to ${(total / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB at once.`,
      );
      return;
    }
    setUploadProblem(null);
    for (const file of list) addSource(file.name, await file.text());
  };

  const runImport = async () => {
    setIsBusy(true);
    setProgress(0);
    const answer = await importEvidence(reference, sources, setProgress);
    setIsBusy(false);
    setProgress(null);
    if (!answer.ok) {
      setProblem(answer.message);
      return;
    }
    setSources([]);
    setPreview(null);
    onImported();
  };

  if (!isOpen) {
    return (
      <div className="evidence-toggle">
        <button
          ref={openButton}
          type="button"
          className="primary"
          aria-expanded={false}
          aria-controls="evidence-panel"
          onClick={() => toggle(true)}
        >
          Add evidence
        </button>
        {sources.length > 0 && (
          <span className="muted small">
            {sources.length} source{sources.length === 1 ? "" : "s"} waiting to be imported
          </span>
        )}
      </div>
    );
  }

  return (
    <section
      id="evidence-panel"
      className="card stack evidence-panel"
      aria-label="Add evidence"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !isBusy) toggle(false);
      }}
    >
      <div className="row evidence-panel-head">
        <h2 ref={heading} tabIndex={-1}>
          Add evidence
        </h2>
        <button
          type="button"
          className="link"
          aria-expanded={true}
          aria-controls="evidence-panel"
          onClick={() => toggle(false)}
        >
          Close
        </button>
      </div>
      <div
        className={`drop-zone${isDragging ? " is-dragging" : ""}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setIsDragging(false);
          void readFiles(event.dataTransfer.files);
        }}
      >
        <PasteBox onAdd={(text) => addSource(`Pasted text ${nextKey.current}`, text)} />
        <label className="button">
          Choose files…
          <input
            type="file"
            multiple
            hidden
            onChange={(event) => {
              if (event.target.files) void readFiles(event.target.files);
              event.target.value = "";
            }}
          />
        </label>
        <span className="muted small">or drop files here (several at once, up to 20 MB).</span>
      </div>

      {uploadProblem && (
        <p className="banner error" role="alert">
          {uploadProblem}
        </p>
      )}
      {problem && (
        <p className="banner error" role="alert">
          {problem}
        </p>
      )}

      {sources.map((source, index) => {
        const report = preview?.sources[index];
        return (
          <article key={source.key} className="source-preview" data-testid="source-preview">
            <div className="row">
              <label className="field grow">
                <span>Source name</span>
                <input
                  value={source.name}
                  onChange={(event) => rename(source, event.target.value)}
                />
              </label>
              <button
                type="button"
                className="link"
                onClick={() =>
                  setSources((current) => current.filter((item) => item.key !== source.key))
                }
              >
                Remove
              </button>
            </div>
            {report && (
              <div className="stack-tight">
                <p>
                  <strong data-testid="detected-format">{report.format}</strong>{" "}
                  <span className="muted small">
                    ({Math.round(report.confidence * 100)}% of sampled lines recognised)
                  </span>
                </p>
                <p data-testid="source-counts">
                  {report.counts.events} events · {report.counts.lines} lines ·{" "}
                  {report.counts.folded} folded · {report.counts.unparsed} unparsed
                  {report.spans > 0 ? ` · ${report.spans} spans` : ""}
                </p>
                <p data-testid="source-range">
                  {report.first
                    ? `${formatUtc(report.first)} → ${formatUtc(report.last)}`
                    : "No times found."}
                </p>
                {report.assumptions.length > 0 && (
                  <ul className="assumptions" data-testid="assumptions">
                    {report.assumptions.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
                {report.sample.length > 0 && (
                  <ol className="sample" data-testid="source-sample">
                    {report.sample.map((event, position) => (
                      <li key={position}>
                        <code>{formatUtc(event.time)}</code> {revealInvisible(event.service ?? "")}{" "}
                        {revealInvisible(event.message)}
                      </li>
                    ))}
                  </ol>
                )}
                {report.unparsed.length > 0 && (
                  <details>
                    <summary>
                      {report.counts.unparsed} unparsed line
                      {report.counts.unparsed === 1 ? "" : "s"}
                    </summary>
                    <ol className="unparsed" data-testid="unparsed-lines">
                      {report.unparsed.map((line) => (
                        <li key={line.line}>
                          <span className="line-number">{line.line}</span>{" "}
                          <code>{revealInvisible(line.text)}</code>
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </div>
            )}
            <div className="row">
              <label className="field">
                <span>Time zone for stamps without one</span>
                <input
                  list="evidence-zones"
                  placeholder="UTC"
                  value={source.options.zone ?? ""}
                  onChange={(event) => changeOptions(source.key, { zone: event.target.value })}
                />
              </label>
              <label className="field">
                <span>Reference date (missing year, relative ages)</span>
                <input
                  placeholder="Incident end (or now)"
                  value={source.options.reference ?? ""}
                  onChange={(event) => changeOptions(source.key, { reference: event.target.value })}
                />
              </label>
              <label className="field">
                <span>Day/month order</span>
                <select
                  value={
                    source.options.dayFirst === undefined
                      ? ""
                      : source.options.dayFirst
                        ? "day"
                        : "month"
                  }
                  onChange={(event) =>
                    changeOptions(source.key, {
                      dayFirst:
                        event.target.value === "" ? undefined : event.target.value === "day",
                    })
                  }
                >
                  <option value="">Detect</option>
                  <option value="day">Day first (14/03)</option>
                  <option value="month">Month first (03/14)</option>
                </select>
              </label>
              {report && report.withoutService > 0 ? (
                <label className="field">
                  <span>Service for lines without one</span>
                  <input
                    data-testid="source-service"
                    placeholder="None"
                    value={source.options.service ?? ""}
                    onChange={(event) => changeOptions(source.key, { service: event.target.value })}
                  />
                  <span className="muted small">
                    {report.withoutService} event
                    {report.withoutService === 1 ? " names" : "s name"} no service
                  </span>
                </label>
              ) : null}
              <label className="field">
                <span>Format</span>
                <select
                  value={source.options.format ?? ""}
                  onChange={(event) =>
                    changeOptions(source.key, {
                      format: (event.target.value || undefined) as EvidenceOptions["format"],
                    })
                  }
                >
                  <option value="">Detect</option>
                  {FORMAT_CHOICES.map((format) => (
                    <option key={format} value={format}>
                      {format}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </article>
        );
      })}
      <datalist id="evidence-zones">
        {COMMON_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>

      {sources.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={isBusy || !preview || preview.totalEvents === 0}
            onClick={() => void runImport()}
          >
            {isBusy ? "Importing…" : `Import ${preview?.totalEvents ?? 0} events`}
          </button>
          <span className="muted small">Everything is imported together, or nothing is.</span>
        </div>
      )}
      {isBusy && progress !== null && (
        <progress
          className="import-progress"
          aria-label="Import progress"
          data-testid="import-progress"
          max={1}
          value={progress}
        />
      )}
    </section>
  );
}

function PasteBox({ onAdd }: { onAdd: (text: string) => void }) {
  const [text, setText] = useState("");
  return (
    <div className="stack-tight grow">
      <label className="field">
        <span>Paste log lines, a trace export or a chat transcript</span>
        <textarea
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
      </label>
      <button
        type="button"
        onClick={() => {
          onAdd(text);
          setText("");
        }}
      >
        Add pasted text
      </button>
    </div>
  );
}

const COMMON_ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Australia/Sydney",
];

// "2026-03-14 09:12:05.123 UTC": evidence times are always shown in UTC, with the date.
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return "—";
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;
}
