import { caseTextIn } from '../shared/caseSchema';
import type { CaseText } from '../shared/caseSchema';
import type { PresentationCommand, PresentationState, ProjectedCase, ProjectorView } from '../shared/meetingTypes';
import { AppError } from './errors';
import * as repo from './repos';
import type { Workbook } from './db/workbook';

export function idleState(): PresentationState {
  return {
    meetingId: null,
    itemId: null,
    blank: false,
    showConsensus: false,
    roomCheck: false,
    showResults: false,
    highContrast: false,
    timer: { itemId: null, running: false, baseSeconds: 0, startedAt: null },
  };
}

/** Only what the room may see: the facilitator notes and suggested point are never copied. */
export function projectCase(text: CaseText): ProjectedCase {
  return {
    title: text.title,
    ...(text.post ? { post: text.post } : {}),
    ...(text.situation ? { situation: text.situation } : {}),
    questions: [...text.questions],
  };
}

function elapsed(state: PresentationState, now: number): number {
  const { timer } = state;
  return (
    timer.baseSeconds + (timer.running && timer.startedAt !== null ? Math.floor((now - timer.startedAt) / 1000) : 0)
  );
}

/** Stops the timer and writes the time spent to the item, so a crash keeps it. */
function pauseTimer(wb: Workbook | null, state: PresentationState, now: number): PresentationState {
  if (!state.timer.running || state.timer.itemId === null) return state;
  const seconds = elapsed(state, now);
  if (wb && !wb.readOnly && !isSigned(wb, state.meetingId))
    repo.updateItem(wb.db, state.timer.itemId, { timeSpentSeconds: seconds });
  return { ...state, timer: { ...state.timer, running: false, baseSeconds: seconds, startedAt: null } };
}

/** A signed meeting can be shown again, but nothing about showing it is written to the record. */
function isSigned(wb: Workbook, meetingId: number | null): boolean {
  return meetingId !== null && repo.getMeeting(wb.db, meetingId).signedAt !== null;
}

function focusItem(wb: Workbook, state: PresentationState, itemId: number | null, now: number): PresentationState {
  const paused = pauseTimer(wb, state, now);
  const spent = itemId === null ? 0 : repo.getItem(wb.db, itemId).timeSpentSeconds;
  if (state.meetingId !== null && !wb.readOnly && !isSigned(wb, state.meetingId))
    repo.setCurrentItem(wb.db, state.meetingId, itemId);
  return { ...paused, itemId, timer: { itemId, running: false, baseSeconds: spent, startedAt: null } };
}

/**
 * The presentation state machine: which meeting and item are shown, the timer,
 * blank screen and whether the consensus notes are projected. Main owns one.
 */
export function applyCommand(
  wb: Workbook,
  state: PresentationState,
  command: { command: PresentationCommand; meetingId?: number; itemId?: number; value?: boolean },
  now: number,
): PresentationState {
  switch (command.command) {
    case 'goto': {
      const meetingId = command.meetingId ?? state.meetingId;
      if (meetingId === null) throw new AppError('NOT_FOUND');
      const items = repo.listItems(wb.db, meetingId);
      const target = command.itemId ?? repo.getMeeting(wb.db, meetingId).currentItemId ?? items[0]?.id ?? null;
      if (target !== null && !items.some((i) => i.id === target)) throw new AppError('NOT_FOUND');
      const base =
        meetingId === state.meetingId
          ? { ...state, showResults: state.showResults && target === state.itemId }
          : { ...pauseTimer(wb, state, now), meetingId, blank: false, showConsensus: false, showResults: false };
      // showing a case ends the room check
      return focusItem(wb, { ...base, roomCheck: false }, target, now);
    }
    case 'next':
    case 'previous': {
      if (state.meetingId === null) return state;
      const items = repo.listItems(wb.db, state.meetingId);
      const index = items.findIndex((i) => i.id === state.itemId);
      const nextIndex = command.command === 'next' ? index + 1 : index - 1;
      const target = items[nextIndex];
      return target ? focusItem(wb, { ...state, showResults: false }, target.id, now) : state;
    }
    case 'toggle-blank':
      return { ...state, blank: command.value ?? !state.blank };
    case 'show-consensus':
      return { ...state, showConsensus: command.value ?? !state.showConsensus };
    case 'show-results':
      return { ...state, showResults: command.value ?? !state.showResults };
    case 'high-contrast':
      return { ...state, highContrast: command.value ?? !state.highContrast };
    case 'toggle-timer': {
      if (state.itemId === null) return state;
      if (state.timer.running) return pauseTimer(wb, state, now);
      if (wb.readOnly || isSigned(wb, state.meetingId)) return state;
      return {
        ...state,
        timer: { itemId: state.itemId, running: true, baseSeconds: state.timer.baseSeconds, startedAt: now },
      };
    }
    case 'stop': {
      // back to idle; the room keeps its contrast, and the item keeps the time it has had
      const { highContrast, timer } = pauseTimer(wb, state, now);
      return { ...idleState(), highContrast, timer };
    }
    case 'room-check':
      return { ...state, roomCheck: command.value ?? !state.roomCheck };
  }
}

/** Pauses the timer without a database (the workbook is closing or gone). */
export function settle(wb: Workbook | null, state: PresentationState, now: number): PresentationState {
  try {
    return pauseTimer(wb, state, now);
  } catch {
    return pauseTimer(null, state, now);
  }
}

export function projectorView(wb: Workbook | null, state: PresentationState, language: 'sv' | 'en'): ProjectorView {
  const empty: ProjectorView = {
    state,
    language,
    meetingTitle: '',
    position: null,
    case: null,
    timeboxMinutes: null,
    poll: null,
    stance: null,
    consensusNotes: null,
  };
  if (!wb || state.meetingId === null) return empty;
  const { db } = wb;
  const meeting = repo.getMeeting(db, state.meetingId);
  const items = repo.listItems(db, state.meetingId);
  const index = items.findIndex((i) => i.id === state.itemId);
  const item = items[index];
  if (!item) return { ...empty, meetingTitle: meeting.title };
  const content = repo.getCase(db, item.caseId);
  const text = caseTextIn(content, language);
  const { agree, disagree, unsure } = item.poll;
  return {
    ...empty,
    meetingTitle: meeting.title,
    position: { index, count: items.length },
    case: projectCase(text),
    timeboxMinutes: item.timeboxMinutes,
    poll:
      agree === null && disagree === null && unsure === null
        ? null
        : { agree: agree ?? 0, disagree: disagree ?? 0, unsure: unsure ?? 0 },
    stance: item.stance,
    consensusNotes: state.showConsensus ? item.consensusNotes : null,
  };
}
