"use client";

// The Notes view: "what I knew then". The viewer's own notes (and interview notes about
// them) first, then the notes others shared, one group per person, each in anchor-time
// order. Writing and editing happen in place. The author edits a note; the words of an
// existing note are co-edited live, by the author and, for an interview note, by the
// participant it is about.
import { useState } from "react";
import type { AnchorEvent } from "@/components/models/notes/anchor-picker";
import { NoteCard } from "@/components/models/notes/note-card";
import { NoteEditor } from "@/components/models/notes/note-editor";
import type { TeamSettings } from "@/lib/language";
import type { NotesPageData } from "@/lib/mental-models/notes/get-notes-page-data";
import type { NoteValuesInput } from "@/lib/mental-models/notes/note-input";
import { emptyNoteSections } from "@/lib/mental-models/notes/note-sections";
import { noteFormValues, type NoteView } from "@/lib/mental-models/notes/note-view";

export function NotesView(props: {
  reference: string;
  timeZone: string;
  data: NotesPageData;
  viewerName: string;
  /** From the timeline's "Write a note here": the event the new note starts anchored to. */
  startEvent: AnchorEvent | null;
  settings?: TeamSettings;
}) {
  const { data, timeZone } = props;
  const [editing, setEditing] = useState<"new" | string | null>(
    props.startEvent && data.canWrite ? "new" : null,
  );
  const [notice, setNotice] = useState<{ text: string; isError: boolean } | null>(null);
  const onNotice = (text: string, isError = false) => setNotice({ text, isError });
  const viewerId = data.viewer.userId;

  const newValues: NoteValuesInput = {
    anchorEventId: props.startEvent?.id ?? null,
    anchorTime: "",
    timeZone,
    sections: emptyNoteSections(),
    learnedLater: false,
  };

  const card = (note: NoteView, headingLevel: 3 | 4) =>
    editing === note.id ? (
      <NoteEditor
        key={note.id}
        reference={props.reference}
        timeZone={timeZone}
        note={{
          id: note.id,
          version: note.version,
          kind: note.kind,
          subjectName: note.subjectName,
        }}
        initialValues={noteFormValues(note, timeZone)}
        initialEvent={
          note.anchorEventId
            ? {
                id: note.anchorEventId,
                time: note.anchorTime,
                message: note.anchorEventMessage ?? "",
                service: null,
              }
            : null
        }
        interviewees={[]}
        questions={data.questions}
        settings={props.settings}
        live={{
          incidentId: data.incidentId,
          noteId: note.id,
          user: { id: viewerId, name: props.viewerName },
          wordsOnly: note.authorId !== viewerId,
        }}
        onDone={(message) => {
          setEditing(null);
          onNotice(message);
        }}
        onCancel={() => setEditing(null)}
      />
    ) : (
      <NoteCard
        key={note.id}
        reference={props.reference}
        note={note}
        viewerId={viewerId}
        timeZone={timeZone}
        canWrite={data.canWrite}
        onEdit={() => setEditing(note.id)}
        onNotice={onNotice}
        headingLevel={headingLevel}
      />
    );

  return (
    <div className="notes-view stack">
      <div className="notes-intro row">
        <p className="muted">
          What each person noticed, believed and did at the time, anchored to moments of the
          timeline. Notes start private; each author chooses who else may read them.
        </p>
        <span className="spacer" />
        {data.canWrite && editing !== "new" && (
          <button type="button" className="primary" onClick={() => setEditing("new")}>
            Write a note
          </button>
        )}
      </div>
      {!data.canWrite && (
        <p className="banner">
          You can read the notes shared with you; viewers cannot write notes.
        </p>
      )}
      {notice && (
        <p
          className={`banner ${notice.isError ? "error" : "ok"}`}
          role={notice.isError ? "alert" : "status"}
        >
          {notice.text}
        </p>
      )}
      {editing === "new" && (
        <NoteEditor
          reference={props.reference}
          timeZone={timeZone}
          note={null}
          initialValues={newValues}
          initialEvent={props.startEvent}
          interviewees={data.interviewees}
          questions={data.questions}
          settings={props.settings}
          onDone={(message) => {
            setEditing(null);
            onNotice(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <section className="stack" aria-labelledby="my-notes-title" data-testid="my-notes">
        <h2 id="my-notes-title">
          My notes <span className="muted small">{data.counts.mine}</span>
        </h2>
        {data.mine.length === 0 ? (
          <p className="card empty muted">
            {data.canWrite
              ? "You have not written a note yet. Start with one moment: what did you notice first?"
              : "No notes of yours."}
          </p>
        ) : (
          data.mine.map((note) => card(note, 3))
        )}
      </section>
      <section className="stack" aria-labelledby="shared-notes-title" data-testid="shared-notes">
        <h2 id="shared-notes-title">
          Shared with me <span className="muted small">{data.counts.shared}</span>
        </h2>
        {data.shared.length === 0 ? (
          <p className="card empty muted">
            Nobody has shared a note with you yet. Notes appear here when their authors share them
            with facilitators or with everyone on the incident.
          </p>
        ) : (
          data.shared.map((group) => (
            <section
              key={group.personId}
              className="stack notes-person"
              aria-labelledby={`person-${group.personId}`}
            >
              <h3 id={`person-${group.personId}`}>{group.personName}</h3>
              {group.notes.map((note) => card(note, 4))}
            </section>
          ))
        )}
      </section>
    </div>
  );
}
