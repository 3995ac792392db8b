// Demo cases for `postguard seed-demo` and `postguard serve --demo`, so a newcomer finds the
// Cases section working: one case in each state, each way in, a line manager passed over
// because they are implicated (CCC-SMP §9 b), an unassigned flag for HR to place, an overdue
// task, and one disciplinary outcome for the FOI report. Every case goes through the same
// service calls as the API (so the timeline and the audit log are real); no e-mail is sent.
// Safe to run twice: a demo case is known by its link and made only once.
import type { Kysely } from "kysely";
import type { Database } from "../../platform/tables.js";
import {
  addNote,
  addTask,
  openCase,
  raiseFromCheck,
  reassign,
  recordOutcome,
  setStatus,
  type CaseActor,
  type CaseContext,
  type NewCase,
} from "./service.js";
import type { Source } from "./vocabulary.js";

const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** People are named by their demo e-mail address (src/server/demo.ts). */
type Person = string;

interface DemoCase {
  /** The post's link: also how a second run knows the case is there. */
  url: string;
  reporter: Person;
  way: Source;
  report: Omit<NewCase, "postUrl" | "subjectId"> & { subject?: Person };
  /** What happens next, once the case is open. */
  work?: (step: Steps) => Promise<void>;
}

interface Steps {
  ctx: CaseContext;
  as(person: Person): CaseActor;
  id(person: Person): string;
  caseId: string;
}

export const DEMO_CASES: DemoCase[] = [
  {
    url: "https://www.facebook.com/postguard.demo/posts/1001",
    reporter: "pals@demo.nhs.uk",
    way: "report",
    report: {
      platform: "Facebook",
      postText:
        "Lovely to see Mrs Hughes in bed 4 on Acute Medicine smiling again today after her fall, she's a real character!",
      postedAt: day(-1),
      whatHappened:
        "Mrs Hughes's daughter rang PALS upset: she saw her mother named on a staff member's public Facebook page.",
      subject: "staff@demo.nhs.uk",
    },
  },
  {
    url: "https://x.com/postguard_demo/status/1002",
    reporter: "comms@demo.nhs.uk",
    way: "communications",
    report: {
      platform: "X (Twitter)",
      postText:
        "Another 14 hour shift on AMU with no break. Management here are useless and couldn't care less about any of us.",
      postedAt: day(-6),
      whatHappened:
        "Found while monitoring mentions of the Trust. The account's bio names the Trust and the ward.",
      subject: "staff@demo.nhs.uk",
    },
    async work({ ctx, as, id, caseId }) {
      const manager = as("manager@demo.nhs.uk");
      await setStatus(ctx, manager, caseId, "investigating");
      await addNote(
        ctx,
        manager,
        caseId,
        "Spoke to Sam informally. Staffing on AMU has been short for weeks; pointed Sam to the Freedom to Speak Up Guardian for the concern itself.",
      );
      await addTask(ctx, manager, caseId, {
        title: "Ask Sam to take the post down",
        dueAt: day(-2),
      });
      await addTask(ctx, manager, caseId, {
        title: "Meet Sam with HR",
        dueAt: day(7),
        assigneeId: id("manager@demo.nhs.uk"),
      });
    },
  },
  {
    url: "https://www.instagram.com/p/postguard-demo-1003",
    reporter: "ig@demo.nhs.uk",
    way: "report",
    report: {
      platform: "Instagram",
      postText:
        "Quick selfie with the team on the ward tonight, don't mind the patient asleep behind us 😂 #nightshift",
      postedAt: day(-3),
      whatHappened:
        "A patient is asleep in the bed behind the team and can be recognised. The ward manager is in the photo and shared it to the ward's group, so I have asked for it to go to the next manager up.",
      category: "patient-identifiable",
      lineManagerImplicated: true,
      subject: "staff@demo.nhs.uk",
    },
    async work({ ctx, as, caseId }) {
      const director = as("director@demo.nhs.uk");
      await setStatus(ctx, director, caseId, "investigating");
      await setStatus(ctx, director, caseId, "awaiting_hr_advice");
    },
  },
  {
    url: "https://www.linkedin.com/posts/postguard-demo-1004",
    reporter: "staff@demo.nhs.uk",
    way: "report",
    report: {
      platform: "LinkedIn",
      postText:
        "Can't say much yet but big changes coming to Acute Medicine next month, two wards closing. Watch this space!",
      postedAt: day(-20),
      whatHappened:
        "The ward closures have not been announced; staff were told about them in confidence.",
      subject: "pals@demo.nhs.uk",
    },
    async work({ ctx, as, caseId }) {
      const director = as("director@demo.nhs.uk");
      await setStatus(ctx, director, caseId, "investigating");
      await recordOutcome(
        ctx,
        director,
        caseId,
        "content_removed",
        "Pat took the post down the same day when asked, and will repeat the information governance training.",
        true,
      );
    },
  },
  {
    url: "https://www.facebook.com/postguard.demo/messages/1005",
    reporter: "comms@demo.nhs.uk",
    way: "checker",
    report: {
      platform: "Facebook",
      postText: "Hi, IT here, please confirm your password so we can fix your account",
      whatHappened: "Sent to the Trust's Facebook page.",
    },
  },
  {
    url: "https://www.facebook.com/postguard.demo/posts/1006",
    reporter: "manager@demo.nhs.uk",
    way: "report",
    report: {
      platform: "Facebook",
      postText:
        "Some of the patients we get in ED on a Saturday night are absolute animals, should be left to sleep it off in the car park",
      postedAt: day(-40),
      whatHappened:
        "Posted by a bank healthcare assistant who works nights in the Emergency Department; several patients' relatives have complained.",
      subjectName: "Jordan, bank healthcare assistant (Emergency Department, nights)",
    },
    async work({ ctx, as, id, caseId }) {
      // Not in the directory, so nobody was routed: HR places the case.
      await reassign(
        ctx,
        as("hr@demo.nhs.uk"),
        caseId,
        id("director@demo.nhs.uk"),
        "Bank staff: the service director investigates (the reporting manager cannot).",
      );
      const director = as("director@demo.nhs.uk");
      await setStatus(ctx, director, caseId, "investigating");
      await recordOutcome(
        ctx,
        director,
        caseId,
        "formal_action",
        "Disciplinary hearing held; first written warning under the Disciplinary Policy.",
        true,
      );
    },
  },
];

export async function seedDemoCases(
  db: Kysely<Database>,
): Promise<{ created: number; existing: number }> {
  // Demo cases send no e-mail: the demo addresses reach nobody.
  const ctx: CaseContext = { db, publicUrl: "http://localhost:3000", notify: async () => {} };
  const people = await db
    .selectFrom("users")
    .select(["id", "email", "roles"])
    .where("email", "like", "%@demo.nhs.uk")
    .execute();
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const id = (email: Person) => {
    const person = byEmail.get(email);
    if (!person) throw new Error(`Demo user ${email} is missing: seed the demo users first.`);
    return person.id;
  };
  const as = (email: Person): CaseActor => ({
    id: id(email),
    label: email,
    roles: byEmail.get(email)!.roles,
  });

  let created = 0;
  let existing = 0;
  for (const demo of DEMO_CASES) {
    const found = await db
      .selectFrom("cases")
      .select("id")
      .where("post_url", "=", demo.url)
      .executeTakeFirst();
    if (found) {
      existing++;
      continue;
    }
    const { subject, ...report } = demo.report;
    const reporter = as(demo.reporter);
    const opened =
      demo.way === "checker"
        ? await raiseFromCheck(ctx, reporter, {
            text: report.postText,
            direction: "inbound",
            platform: report.platform,
            postUrl: demo.url,
            note: report.whatHappened,
          })
        : await openCase(ctx, reporter, demo.way, {
            ...report,
            postUrl: demo.url,
            subjectId: subject ? id(subject) : null,
          });
    await demo.work?.({ ctx, as, id, caseId: opened.id });
    created++;
  }
  return { created, existing };
}
