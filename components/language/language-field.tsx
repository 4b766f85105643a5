"use client";

// A plain-text field with in-place language findings, wired to the form's shared context.
import { LanguageEditor, type LanguageEditorHandle } from "@/components/language/language-editor";
import { LanguageContext } from "@/components/language/language-context";
import { useCallback, useContext } from "react";
import type { Section } from "@/lib/language";

export function LanguageField(props: {
  id: string;
  section: Section;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  isSingleLine?: boolean;
  isInvalid?: boolean;
}) {
  const { dismissed, settings, onDismiss, isEditable, register } = useContext(LanguageContext);
  const { id } = props;
  const attach = useCallback(
    (handle: LanguageEditorHandle | null) => register(id, handle),
    [register, id],
  );
  return (
    <LanguageEditor
      ref={attach}
      id={props.id}
      variant="plain"
      section={props.section}
      settings={settings}
      value={props.value}
      onChange={props.onChange}
      dismissed={dismissed}
      onDismiss={onDismiss}
      isEditable={isEditable}
      label={{ ariaLabel: props.label }}
      placeholder={props.placeholder}
      isSingleLine={props.isSingleLine}
      isInvalid={props.isInvalid}
    />
  );
}
