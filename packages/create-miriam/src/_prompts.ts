import * as p from "@clack/prompts";
import {
  LANGUAGES,
  type Language,
  languageName,
  type Region,
  regionLanguages,
  regions,
} from "@miriam/schemas";
import { type CliAnswers, defaultStartDate, impliedTemplate, isCalendarDate } from "./_args";
import { Cancelled } from "./_cancelled";
import { packageNameProblems, targetDirProblems, toPackageName } from "./names";
import { slugify } from "./project-settings";
import type { TemplateName } from "./scaffold";
import type { TargetGroup } from "./target-group";

// Only ever called with a TTY on stdin (see cli.ts): clack waits for keypresses that a
// pipe or CI never sends, and the process would hang.

function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled("Cancelled.");
  return value as Exclude<T, symbol>;
}

/** Asks every question the command line left open; returns complete answers. */
export async function askMissing(answers: CliAnswers): Promise<CliAnswers> {
  p.intro("create-miriam");
  const template: TemplateName =
    impliedTemplate(answers) ??
    answered(
      await p.select<TemplateName>({
        message: "What do you want to set up?",
        options: [
          {
            value: "ocmw-project",
            label: "ocmw-project",
            hint: "a coordinator's kit: settings, forms, rights, calendar, event logs",
          },
          {
            value: "vendor-starter",
            label: "vendor-starter",
            hint: "a TypeScript package mapping your software's records to MIRIAM events",
          },
        ],
      }),
    );

  if (template === "vendor-starter") {
    const targetDir =
      answers.targetDir ??
      answered(
        await p.text({
          message: "Directory",
          initialValue: "miriam-adapter",
          validate: (value) => targetDirProblems(value ?? "")[0],
        }),
      );
    const packageName =
      answers.packageName ??
      answered(
        await p.text({
          message: "Package name",
          initialValue: toPackageName(targetDir.split(/[\\/]/).pop() ?? targetDir),
          validate: (value) => packageNameProblems(value ?? "")[0],
        }),
      );
    return { ...answers, template, targetDir, packageName };
  }

  const ocmwName =
    answers.ocmwName ??
    answered(
      await p.text({
        message: "OCMW / CPAS / ÖSHZ (or consortium) name",
        placeholder: "OCMW Gent",
        validate: (value) =>
          (value ?? "").trim().length === 0
            ? "Give the name of the OCMW or consortium."
            : undefined,
      }),
    ).trim();
  const targetDir =
    answers.targetDir ??
    answered(
      await p.text({
        message: "Directory",
        initialValue: `miriam-${slugify(ocmwName) || "project"}`,
        validate: (value) => targetDirProblems(value ?? "")[0],
      }),
    );
  const region: Region =
    answers.region ??
    answered(
      await p.select<Region>({
        message: "Region",
        options: regions.terms.map((term) => ({ value: term.code, label: term.labels.en })),
      }),
    );
  const languages: readonly Language[] = answers.languages ?? (await askLanguages(region));
  const groups =
    answers.groups ??
    answered(
      await p.select<1 | 2>({
        message: "Number of groups",
        options: [
          { value: 1, label: "1 group", hint: "12 to 15 women" },
          { value: 2, label: "2 groups", hint: "the maximum per OCMW or consortium" },
        ],
      }),
    );
  const startDate =
    answers.startDate ??
    answered(
      await p.text({
        message: "First group session (YYYY-MM-DD)",
        initialValue: defaultStartDate(new Date()),
        validate: (value) =>
          isCalendarDate(value ?? "") ? undefined : "Give a date as YYYY-MM-DD.",
      }),
    );
  const trajectoryLengthMonths =
    answers.trajectoryLengthMonths ??
    Number(
      answered(
        await p.text({
          message: "Trajectory length in months",
          initialValue: "10",
          validate: (value) =>
            /^\d+$/.test(value ?? "") && Number(value) >= 1 && Number(value) <= 36
              ? undefined
              : "Give a whole number of months from 1 to 36 (the method: 8 to 14).",
        }),
      ),
    );
  const sessionCadenceDays =
    answers.sessionCadenceDays ??
    answered(
      await p.select<7 | 14>({
        message: "Group sessions",
        options: [
          { value: 14, label: "every 14 days", hint: "the programme's rule" },
          { value: 7, label: "every week" },
        ],
      }),
    );
  const target = answers.target ?? (await askTargetGroup());
  return {
    ...answers,
    template,
    targetDir,
    ocmwName,
    region,
    languages,
    groups,
    startDate,
    trajectoryLengthMonths,
    sessionCadenceDays,
    target,
  };
}

/** The project's languages; with several, which one is the default (README, calendar). */
async function askLanguages(region: Region): Promise<Language[]> {
  const chosen = answered(
    await p.multiselect<Language>({
      message: "Languages of the documents",
      options: LANGUAGES.map((code) => ({
        value: code,
        label: `${code} · ${languageName(code)}`,
      })),
      initialValues: [...regionLanguages(region)],
      required: true,
    }),
  );
  if (chosen.length < 2) return chosen;
  const first = answered(
    await p.select<Language>({
      message: "The project's default language (README, calendar)",
      options: chosen.map((code) => ({ value: code, label: languageName(code) })),
      initialValue: chosen[0],
    }),
  );
  return [first, ...chosen.filter((code) => code !== first)];
}

async function askTargetGroup(): Promise<TargetGroup> {
  const extras = answered(
    await p.multiselect<"age" | "neighbourhood" | "child" | "language">({
      message:
        "Target group: any single mother using the OCMW (call 2023). Add local rules? (none: press Enter)",
      options: [
        { value: "age", label: "an age range", hint: "e.g. 18–25" },
        { value: "neighbourhood", label: "one or more neighbourhoods" },
        { value: "child", label: "an age limit for the youngest child", hint: "e.g. under 6" },
        { value: "language", label: "she can follow the sessions in the group's language" },
      ],
      required: false,
    }),
  );
  const target: { -readonly [K in keyof TargetGroup]: TargetGroup[K] } = {};
  const whole = (min: number, max: number) => (value: string | undefined) =>
    /^\d+$/.test(value ?? "") && Number(value) >= min && Number(value) <= max
      ? undefined
      : `Give a whole number from ${min} to ${max}.`;
  if (extras.includes("age")) {
    target.minAge = Number(
      answered(
        await p.text({ message: "Youngest age", initialValue: "18", validate: whole(14, 80) }),
      ),
    );
    target.maxAge = Number(
      answered(
        await p.text({
          message: "Oldest age",
          initialValue: "25",
          validate: (value) =>
            whole(14, 80)(value) ??
            (Number(value) < (target.minAge ?? 0)
              ? "The oldest age is below the youngest."
              : undefined),
        }),
      ),
    );
  }
  if (extras.includes("neighbourhood"))
    target.neighbourhoods = answered(
      await p.text({
        message: "Neighbourhoods (separate several with commas)",
        validate: (value) =>
          (value ?? "").trim().length === 0 ? "Give at least one neighbourhood." : undefined,
      }),
    )
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
  if (extras.includes("child"))
    target.youngestChildMaxAge = Number(
      answered(
        await p.text({
          message: "Oldest age of her youngest child",
          initialValue: "5",
          validate: whole(0, 25),
        }),
      ),
    );
  if (extras.includes("language")) target.requiresGroupLanguage = true;
  return target;
}

/** Asks whether to empty a non-empty directory; `false` when the person declines. */
export async function confirmOverwrite(directory: string): Promise<boolean> {
  return answered(
    await p.confirm({
      message: `${directory} is not empty. Remove its files and continue? (.git is kept)`,
      initialValue: false,
    }),
  );
}

export { p as clack };
