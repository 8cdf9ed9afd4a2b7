import {
  exampleCohort,
  type GroupEvent,
  type Language,
  type ParticipantProfile,
  selfEvaluationInstrument,
  type TrajectoryEvent,
} from "@miriam/schemas";
import { compareEventTimes, groupSessionAttendance, replay } from "@miriam/trajectory";
import { addGroupStaff, createUser, type Role } from "../db/accounts";
import type { Database } from "../db/database";
import { appendToStream } from "../db/event-store";
import { addDays, fromLocalInput } from "./time";
import { saveProfile } from "./trajectories";

/** Demo accounts, printed at start. Only seeded into an empty database. */
export const DEMO_USERS: readonly {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  language: Language;
  groups: readonly string[];
}[] = [
  {
    id: "cm-01",
    username: "casemanager",
    displayName: "Lotte",
    role: "case-manager",
    language: "nl",
    groups: ["gent-2025-a", "gent-2026-b"],
  },
  {
    id: "cm-02",
    username: "casemanager2",
    displayName: "Camille",
    role: "case-manager",
    language: "fr",
    groups: ["gent-2026-c"],
  },
  {
    id: "co-01",
    username: "coordinator",
    displayName: "Griet",
    role: "coordinator",
    language: "nl",
    groups: [],
  },
  {
    id: "admin-01",
    username: "admin",
    displayName: "Admin",
    role: "admin",
    language: "en",
    groups: [],
  },
];

export const DEMO_PASSWORD = process.env.MIRIAM_DEMO_PASSWORD ?? "miriam-demo";

/** Whether the database holds anything yet. */
export async function isEmpty(db: Database): Promise<boolean> {
  const row = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM projects");
  return Number(row?.n ?? 0) === 0;
}

/**
 * Seeds an empty database: the kit's example cohort (a group of 14 mothers in Gent,
 * 2025-2026, every trajectory closed), a current group dated from `today` so the demo
 * shows every phase and due actions, an empty third group for a second case manager,
 * and the demo accounts.
 */
export async function seed(db: Database, options: { today: string; users?: boolean }) {
  const cohort = exampleCohort();
  const current = currentGroup(options.today);
  const settings = {
    ...cohort.settings,
    // The demo's own value, not a recommendation: each OCMW sets its retention period.
    retention: { monthsAfterClosing: 60 },
    groups: [
      ...cohort.settings.groups,
      {
        id: "gent-2026-b",
        name: "MIRIAM Gent 2026-2027, groep B",
        caseManagerId: "cm-01",
        startDate: current.startDate,
        sessionCadenceDays: 14,
      },
    ],
  };
  await db.run("INSERT INTO projects (id, settings) VALUES (?, ?)", [
    settings.id,
    JSON.stringify(settings),
  ]);
  const projectId = settings.id;
  const emptyGroup: GroupEvent = {
    id: "gent-2026-c.001",
    groupId: "gent-2026-c",
    type: "group.opened",
    at: `${current.startDate}T09:00:00+02:00`,
    by: "co-01",
    data: {
      projectId,
      caseManagerId: "cm-02",
      capacity: 15,
      name: "MIRIAM Gent 2026-2027, groupe C",
    },
  };
  for (const { groupEvents, trajectoryEvents, profiles } of [
    cohort,
    current,
    { groupEvents: [emptyGroup], trajectoryEvents: [], profiles: [] },
  ]) {
    const groupId = groupEvents[0]!.groupId;
    await appendToStream(db, { kind: "group", id: groupId, groupId, projectId }, 0, groupEvents);
    const byTrajectory = new Map<string, TrajectoryEvent[]>();
    for (const event of trajectoryEvents) {
      const list = byTrajectory.get(event.trajectoryId) ?? [];
      list.push(event);
      byTrajectory.set(event.trajectoryId, list);
    }
    for (const [trajectoryId, events] of byTrajectory) {
      await appendToStream(
        db,
        { kind: "trajectory", id: trajectoryId, groupId, projectId },
        0,
        events,
      );
    }
    for (const profile of profiles) await saveProfile(db, profile);
  }
  if (options.users !== false) {
    for (const user of DEMO_USERS) {
      await createUser(db, {
        ...user,
        projectId: user.role === "admin" ? null : projectId,
        password: DEMO_PASSWORD,
      });
      for (const groupId of user.groups) await addGroupStaff(db, groupId, user.id);
    }
  }
}

// ---------------------------------------------------------------------------------------
// The current group: eight mothers at every stage, dated back from today.
// ---------------------------------------------------------------------------------------

const GROUP = "gent-2026-b";
const PROJECT = "ocmw-gent-miriam";

interface Person {
  n: number;
  givenName: string;
  familyName: string;
  language: Language;
}

const PEOPLE: Person[] = [
  { n: 1, givenName: "Amina", familyName: "El Idrissi", language: "nl" },
  { n: 2, givenName: "Julie", familyName: "Dubois", language: "fr" },
  { n: 3, givenName: "Katarzyna", familyName: "Nowak", language: "nl" },
  { n: 4, givenName: "Fatou", familyName: "Diallo", language: "fr" },
  { n: 5, givenName: "Sofie", familyName: "Peeters", language: "nl" },
  { n: 6, givenName: "Nadia", familyName: "Benali", language: "nl" },
  { n: 7, givenName: "Marie", familyName: "Lambert", language: "fr" },
  { n: 8, givenName: "Elif", familyName: "Yilmaz", language: "nl" },
];

const answers = (base: number) =>
  Object.fromEntries(
    selfEvaluationInstrument.items
      .filter((item) => item.response === "scale")
      .map((item, i) => [item.id, Math.max(0, Math.min(10, base + ((i * 7) % 5) - 2))]),
  );

function currentGroup(today: string) {
  const day = (offset: number, time = "10:00") =>
    fromLocalInput(`${addDays(today, offset)}T${time}`)!;
  const startDate = addDays(today, -90);
  const trajectoryEvents: TrajectoryEvent[] = [];
  const profiles: ParticipantProfile[] = [];
  const ids = new Map<number, string>();

  for (const person of PEOPLE) {
    const trajectoryId = `${GROUP}-${String(person.n).padStart(2, "0")}`;
    ids.set(person.n, trajectoryId);
    let seq = 0;
    const add = <T extends TrajectoryEvent["type"]>(
      type: T,
      at: string,
      data: Extract<TrajectoryEvent, { type: T }>["data"],
    ) => {
      seq++;
      trajectoryEvents.push({
        id: `${trajectoryId}.${String(seq).padStart(3, "0")}`,
        trajectoryId,
        type,
        at,
        by: "cm-01",
        data,
      } as TrajectoryEvent);
    };
    // How far along she is: referred N days ago, and the steps after it.
    const referredDaysAgo = [5, 20, 40, 70, 84, 84, 80, 60][person.n - 1]!;
    const r = -referredDaysAgo;
    add("trajectory.referred", day(r), {
      projectId: PROJECT,
      groupId: GROUP,
      referredBy: "mw-04",
      eligibility: {
        singleMother: true,
        services: ["living-wage"],
        youngestChildAge: 3 + person.n,
      },
    });
    // Her name at referral, as the app's referral form records it; contact details
    // only after consent.
    profiles.push({
      trajectoryId,
      givenName: person.givenName,
      familyName: person.familyName,
      preferredLanguage: person.language,
      recordedAt: day(r),
    });
    if (person.n === 1) continue;
    add("information-talk.held", day(r + 4), {
      decision: person.n === 8 ? "declined" : "interested",
    });
    if (person.n === 8) {
      add("trajectory.closed", day(r + 10), { outcome: "declined" });
      continue;
    }
    if (person.n === 2) continue;
    add("consent.given", day(r + 10), {
      scopes: ["processing", "research"],
      noticeVersion: "2025-1",
    });
    if (person.n === 3) continue;
    add("intake.held", day(r + 12), {
      location: "home",
      household: { childrenBirthYears: [2019, 2022] },
      situation: [
        { domain: "finances", wantsToWorkOnIt: true, note: "Schulden bij de energieleverancier." },
        { domain: "housing", wantsToWorkOnIt: true },
        { domain: "social-network", wantsToWorkOnIt: true },
      ],
    });
    if (person.n === 4) continue;
    add("measurement.recorded", day(r + 14), {
      timepoint: "t0",
      instrument: { id: selfEvaluationInstrument.id, version: selfEvaluationInstrument.version },
      answers: answers(3 + (person.n % 3)),
      indicators: { "regular-gp": true, "budget-overview": false, "in-work": false },
    });
    add("plan.agreed", day(r + 24), {
      goals: [
        {
          id: "g1",
          domain: "finances",
          description: "Ik wil mijn facturen op tijd betalen.",
          owner: "participant",
          // Dated, so a step past its date shows on the case manager's worklist.
          steps: [
            {
              description: "Een budgetoverzicht maken",
              who: "together",
              due: addDays(today, r + 60),
            },
          ],
        },
        {
          id: "g2",
          domain: "social-network",
          description: "Ik wil andere moeders leren kennen.",
          owner: "participant",
          steps: [{ description: "Naar de groepssessies komen", who: "participant" }],
        },
      ],
    });
    // Contacts every ten days; Sofie's stop 18 days ago (a contact is overdue).
    const lastContact = person.n === 5 ? -18 : person.n === 7 ? -14 : -3;
    const contactDays: number[] = [];
    for (let d = lastContact; d >= r + 34; d -= 10) contactDays.unshift(d);
    for (const d of contactDays) {
      add("contact.held", day(d, "14:00"), {
        mode: d % 20 === 0 ? "office" : "home",
        domains: ["finances"],
        minutes: 45,
      });
    }
    add("right.updated", day(r + 35, "15:00"), {
      right: "increased-reimbursement",
      status: "applied",
    });
    if (person.n === 6) {
      add("goal.updated", day(-3, "15:00"), { goalId: "g1", status: "in-progress" });
      add("referral.made", day(-3, "15:10"), {
        partner: "CAW Oost-Vlaanderen",
        domain: "finances",
      });
    }
    if (person.n === 7) add("trajectory.paused", day(-10), { reason: "illness" });
  }

  // Group sessions every 14 days from the group's start; present: those in the active phase.
  const groupEvents: GroupEvent[] = [
    {
      id: `${GROUP}.001`,
      groupId: GROUP,
      type: "group.opened",
      at: fromLocalInput(`${startDate}T09:00`)!,
      by: "co-01",
      data: {
        projectId: PROJECT,
        caseManagerId: "cm-01",
        capacity: 15,
        name: "MIRIAM Gent 2026-2027, groep B",
      },
    },
  ];
  const topics = [
    "Kennismaking",
    "Budget in beeld",
    "Rechten: wat is er mogelijk?",
    "Zorg voor jezelf",
    "Uitstap met de kinderen",
    "Wonen",
  ];
  let s = 0;
  for (let d = -42; d < 0; d += 14) {
    s++;
    const attendees = [5, 6, 7].filter((n) => !(n === 7 && d > -10)).map((n) => ids.get(n)!);
    groupEvents.push({
      id: `${GROUP}.${String(s + 1).padStart(3, "0")}`,
      groupId: GROUP,
      type: "group-session.held",
      at: day(d, "09:30"),
      by: "cm-01",
      data: {
        date: addDays(today, d),
        minutes: 150,
        topic: topics[s % topics.length]!,
        kind: "session",
        withChildren: s === 4,
        attendees,
      },
    });
  }

  // Each log in time order, and a valid story: every event accepted by the statechart.
  trajectoryEvents.sort(compareEventTimes);
  const attendance = groupSessionAttendance(groupEvents);
  for (const id of ids.values()) {
    const events = trajectoryEvents.filter((e) => e.trajectoryId === id);
    const { refused } = replay(events, { groupSessions: attendance.get(id) });
    if (refused.length > 0)
      throw new Error(
        `Seed: ${id} event ${refused[0]!.eventId} refused (${refused[0]!.refusals[0]!.rule}).`,
      );
  }
  return { startDate, groupEvents, trajectoryEvents, profiles };
}
