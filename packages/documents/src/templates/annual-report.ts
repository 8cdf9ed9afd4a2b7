import {
  attendanceChart,
  domainChangeChart,
  PARTICIPATION_COUNTS,
  SUPPRESSED,
} from "@miriam/evaluation";
import {
  CalendarDate,
  closingOutcomes,
  DomainCode,
  dropOutReasons,
  lifeDomains,
  localeOf,
  outcomeIndicators,
  positiveExitReasons,
  reportIndicators,
  trajectoryEventData,
} from "@miriam/schemas";
import { z } from "zod";
import type { Block, Inline } from "../blocks";
import { termHeading, vocabularyHeading } from "../common-messages";
import { defineMessages } from "../messages";
import { defineTemplate, type RenderContext } from "../template";
import { domainLabels } from "./_charts";
import { PersonName } from "./_shared";

// A published count or rate of @miriam/evaluation: hidden figures arrive as "suppressed".
const Count = z.union([z.int().min(0), z.literal(SUPPRESSED)]);
const Rate = z.union([z.number(), z.null(), z.literal(SUPPRESSED)]);
const Scores = { n: Count, meanT0: Rate, meanT1: Rate, meanChange: Rate };

// Plain (not strict) objects: the report carries more figures than this document prints.
const PublishedIndicators = z.object({
  participation: z.object({
    referred: Count,
    declined: Count,
    notStarted: Count,
    started: Count,
    completed: Count,
    // Optional: a funder report of a kit before positive early exits has none.
    positiveEarlyExit: Count.optional(),
    droppedOut: Count,
    otherClosed: Count,
    active: Count,
    ended: Count,
    completionRate: Rate,
    resultRate: Rate.optional(),
  }),
  positiveExitByReason: z.partialRecord(positiveExitReasons.schema, Count).optional(),
  dropOutByReason: z.partialRecord(dropOutReasons.schema, Count),
  sessions: z.object({
    held: z.int().min(0),
    meanAttendance: z.number().nullable(),
    meanDaysBetween: z.number().nullable(),
    maxDaysBetween: z.number().nullable(),
  }),
  contactsPerParticipantMonth: Rate,
  // Readonly, as @miriam/evaluation publishes them.
  domains: z.array(z.object({ domain: DomainCode, ...Scores })).readonly(),
  selfReliance: z.object(Scores),
  overallImprovement: z.object({ n: Count, yes: Count, no: Count, share: Rate }),
  outcomeIndicators: z
    .array(
      z.object({ indicator: outcomeIndicators.schema, n: Count, shareT0: Rate, shareT1: Rate }),
    )
    .readonly(),
});

/**
 * The data of the project's annual report to the funder: one project's row of
 * @miriam/evaluation's funder report (figures already suppressed), the attendance of
 * each group session, and the policy signals raised (`signal.raised`, anonymised).
 */
export const AnnualReportData = z.strictObject({
  period: z.strictObject({ from: CalendarDate, to: CalendarDate }),
  threshold: z.int().min(1),
  groups: z.int().min(0),
  indicators: PublishedIndicators,
  sessions: z
    .array(
      z.strictObject({
        date: CalendarDate,
        attendees: z.int().min(0),
        withChildren: z.boolean().optional(),
      }),
    )
    .optional(),
  signals: z.array(trajectoryEventData["signal.raised"]).optional(),
  coordinator: PersonName.optional(),
});

/** The data of the annual report. */
export type AnnualReportData = z.input<typeof AnnualReportData>;

const messages = defineMessages({
  title: {
    nl: "MIRIAM-jaarverslag",
    fr: "Rapport annuel MIRIAM",
    de: "MIRIAM-Jahresbericht",
    en: "MIRIAM annual report",
  },
  subtitle: {
    nl: "{ocmw} · {from} tot {to}",
    fr: "{ocmw} · du {from} au {to}",
    de: "{ocmw} · {from} bis {to}",
    en: "{ocmw} · {from} to {to}",
  },
  intro: {
    nl: "Dit verslag geeft de cijfers van het MIRIAM-project van {ocmw} ({groups}) voor de POD Maatschappelijke Integratie. Het bevat geen persoonsgegevens.",
    fr: "Ce rapport présente les chiffres du projet MIRIAM {duOcmw} ({groups}) pour le SPP Intégration sociale. Il ne contient aucune donnée personnelle.",
    de: "Dieser Bericht enthält die Zahlen des MIRIAM-Projekts von {ocmw} ({groups}) für den ÖPD Sozialeingliederung. Er enthält keine personenbezogenen Daten.",
    en: "This report gives the figures of the MIRIAM project of {ocmw} ({groups}) for the federal administration for social integration (POD MI / SPP IS). It holds no personal data.",
  },
  groupCount_one: {
    nl: "{count} groep",
    fr: "{count} groupe",
    de: "{count} Gruppe",
    en: "{count} group",
  },
  groupCount_other: {
    nl: "{count} groepen",
    fr: "{count} groupes",
    de: "{count} Gruppen",
    en: "{count} groups",
  },
  suppression: {
    nl: "Aantallen kleiner dan {threshold} zijn verborgen, net als aantallen waaruit ze af te leiden zijn, en de percentages en gemiddelden die erop steunen. Zo is geen enkele deelneemster herkenbaar.",
    fr: "Les nombres inférieurs à {threshold} sont masqués, de même que ceux qui permettraient de les retrouver et les pourcentages et moyennes qui en dépendent. Ainsi, aucune participante n'est reconnaissable.",
    de: "Zahlen unter {threshold} sind verborgen, ebenso Zahlen, aus denen sie sich ableiten ließen, und die Anteile und Mittelwerte, die darauf beruhen. So ist keine Teilnehmerin erkennbar.",
    en: "Counts below {threshold} are hidden, as are counts they could be worked out from and the rates and means based on them. So no participant can be recognised.",
  },
  hidden: { nl: "verborgen", fr: "masqué", de: "verborgen", en: "hidden" },
  none: { nl: "–", fr: "–", de: "–", en: "–" },
  participationHeading: {
    nl: "Deelname",
    fr: "Participation",
    de: "Teilnahme",
    en: "Participation",
  },
  figureColumn: { nl: "Waarde", fr: "Valeur", de: "Wert", en: "Value" },
  whatColumn: { nl: "Cijfer", fr: "Indicateur", de: "Kennzahl", en: "Figure" },
  referred: termHeading(reportIndicators, "referred"),
  declined: {
    nl: "Niet ingestapt na het informatief gesprek",
    fr: "Ont décliné après l'entretien d'information",
    de: "Nach dem Informationsgespräch abgelehnt",
    en: "Declined after the information talk",
  },
  notStarted: termHeading(reportIndicators, "not-started"),
  started: termHeading(reportIndicators, "started"),
  completed: termHeading(closingOutcomes, "completed"),
  droppedOut: termHeading(closingOutcomes, "dropped-out"),
  otherClosed: {
    nl: "Anders afgesloten (verhuisd, niet in aanmerking)",
    fr: "Clôturé autrement (déménagement, non éligible)",
    de: "Anders beendet (umgezogen, nicht berechtigt)",
    en: "Closed otherwise (moved away, not eligible)",
  },
  active: termHeading(reportIndicators, "active"),
  completionRate: {
    nl: "Volledig doorlopen, van de afgesloten trajecten",
    fr: "Parcours terminés, parmi les parcours clôturés",
    de: "Abgeschlossen, unter den beendeten Begleitungen",
    en: "Completed, of the trajectories that ended",
  },
  positiveEarlyExit: {
    nl: "Vroeger gestopt voor werk, opleiding of stage",
    fr: "Sortie anticipée vers un emploi, une formation ou un stage",
    de: "Vorzeitig beendet für Arbeit, Ausbildung oder Praktikum",
    en: "Left early for work, training or an internship",
  },
  resultRate: {
    nl: "Volledig doorlopen of vroeger gestopt voor werk, opleiding of stage, van de afgesloten trajecten",
    fr: "Parcours terminés ou sorties anticipées vers un emploi, une formation ou un stage, parmi les parcours clôturés",
    de: "Abgeschlossen oder vorzeitig beendet für Arbeit, Ausbildung oder Praktikum, unter den beendeten Begleitungen",
    en: "Completed, or left early for work, training or an internship, of the trajectories that ended",
  },
  positiveExitHeading: {
    nl: "Vroeger gestopt voor werk, opleiding of stage: waarvoor",
    fr: "Sorties anticipées vers un emploi, une formation ou un stage : pour quoi",
    de: "Vorzeitig beendet für Arbeit, Ausbildung oder Praktikum: wofür",
    en: "Left early for work, training or an internship: for what",
  },
  dropOutHeading: {
    nl: "Redenen van stopzetting",
    fr: "Motifs d'abandon",
    de: "Gründe für den Abbruch",
    en: "Drop-out reasons",
  },
  countColumn: { nl: "Aantal", fr: "Nombre", de: "Anzahl", en: "Number" },
  reasonColumn: { nl: "Reden", fr: "Motif", de: "Grund", en: "Reason" },
  noDropOut: {
    nl: "Geen voortijdige stopzettingen.",
    fr: "Aucun abandon.",
    de: "Keine vorzeitigen Abbrüche.",
    en: "No drop-outs.",
  },
  collectiveHeading: {
    nl: "Collectief luik: groepssessies",
    fr: "Accompagnement collectif : séances de groupe",
    de: "Gruppenbegleitung: Gruppentreffen",
    en: "Collective track: group sessions",
  },
  sessionsHeld: termHeading(reportIndicators, "held"),
  meanAttendance: termHeading(reportIndicators, "mean-attendance"),
  meanDaysBetween: termHeading(reportIndicators, "mean-days-between"),
  maxDaysBetween: termHeading(reportIndicators, "max-days-between"),
  attendanceAlt: {
    nl: "Aanwezigheden per groepssessie",
    fr: "Présences par séance de groupe",
    de: "Anwesenheit pro Gruppentreffen",
    en: "Attendance per group session",
  },
  individualHeading: {
    nl: "Individueel luik",
    fr: "Accompagnement individuel",
    de: "Einzelbegleitung",
    en: "Individual track",
  },
  contactsPerMonth: {
    nl: "Individuele contacten per deelneemster per maand: {value}",
    fr: "Contacts individuels par participante et par mois : {value}",
    de: "Einzelkontakte pro Teilnehmerin und Monat: {value}",
    en: "Individual contacts per participant per month: {value}",
  },
  selfEvaluationHeading: {
    nl: "Zelfevaluatie bij start (t0) en einde (t1)",
    fr: "Auto-évaluation au début (t0) et à la fin (t1)",
    de: "Selbsteinschätzung am Anfang (t0) und am Ende (t1)",
    en: "Self-evaluation at the start (t0) and the end (t1)",
  },
  selfEvaluationNote: {
    nl: "Tevredenheid van 0 tot 10, alleen voor deelneemsters met een meting bij start en einde. Eigen vragenlijst van de MIRIAM-kit, geen gevalideerde schaal.",
    fr: "Satisfaction de 0 à 10, seulement pour les participantes mesurées au début et à la fin. Questionnaire propre au kit MIRIAM, pas une échelle validée.",
    de: "Zufriedenheit von 0 bis 10, nur für Teilnehmerinnen mit Messung am Anfang und am Ende. Eigener Fragebogen des MIRIAM-Kits, keine validierte Skala.",
    en: "Satisfaction from 0 to 10, only for participants measured at the start and the end. The MIRIAM kit's own questionnaire, not a validated scale.",
  },
  domainColumn: vocabularyHeading(lifeDomains),
  nColumn: { nl: "n", fr: "n", de: "n", en: "n" },
  t0Column: { nl: "t0", fr: "t0", de: "t0", en: "t0" },
  t1Column: { nl: "t1", fr: "t1", de: "t1", en: "t1" },
  changeColumn: { nl: "Verschil", fr: "Écart", de: "Veränderung", en: "Change" },
  selfReliance: termHeading(reportIndicators, "self-reliance"),
  changeAlt: {
    nl: "Gemiddelde verandering per levensdomein",
    fr: "Évolution moyenne par domaine de vie",
    de: "Durchschnittliche Veränderung pro Lebensbereich",
    en: "Mean change per life domain",
  },
  improvement: {
    nl: "Zegt dat haar situatie beter is dan bij de start: {yes} van {n} ({share}).",
    fr: "Dit que sa situation est meilleure qu'au début : {yes} sur {n} ({share}).",
    de: "Sagt, ihre Situation sei besser als am Anfang: {yes} von {n} ({share}).",
    en: "Says her situation is better than at the start: {yes} of {n} ({share}).",
  },
  indicatorsHeading: {
    nl: "Resultaatindicatoren",
    fr: "Indicateurs de résultat",
    de: "Ergebnisindikatoren",
    en: "Outcome indicators",
  },
  indicatorColumn: { nl: "Indicator", fr: "Indicateur", de: "Indikator", en: "Indicator" },
  signalsHeading: {
    nl: "Signalen voor het beleid",
    fr: "Signaux pour les décideurs",
    de: "Signale an die Politik",
    en: "Signals for policy makers",
  },
  signalsIntro: {
    nl: "Structurele problemen die de deelneemsters tegenkwamen, anoniem beschreven.",
    fr: "Problèmes structurels rencontrés par les participantes, décrits de façon anonyme.",
    de: "Strukturelle Probleme, auf die die Teilnehmerinnen gestoßen sind, anonym beschrieben.",
    en: "Structural problems the participants ran into, described anonymously.",
  },
  noSignals: {
    nl: "Geen signalen geregistreerd.",
    fr: "Aucun signal enregistré.",
    de: "Keine Signale erfasst.",
    en: "No signals recorded.",
  },
});

type Ctx = RenderContext<typeof messages>;

function count(ctx: Ctx, value: number | typeof SUPPRESSED): Inline[] {
  return value === SUPPRESSED ? ctx.t("hidden") : [{ kind: "text", text: ctx.number(value) }];
}

function rate(
  ctx: Ctx,
  value: number | null | typeof SUPPRESSED,
  as: "percent" | "number",
): Inline[] {
  if (value === SUPPRESSED) return ctx.t("hidden");
  if (value === null) return ctx.t("none");
  const text =
    as === "percent"
      ? new Intl.NumberFormat(localeOf(ctx.language), {
          style: "percent",
          maximumFractionDigits: 0,
        }).format(value)
      : ctx.number(value, 1);
  return [{ kind: "text", text }];
}

/**
 * The project's annual report to the funder (POD MI / SPP IS): participation, drop-out
 * reasons, group sessions with their attendance chart, individual contacts, the t0/t1
 * self-evaluation with its change chart, outcome indicators and policy signals. Every
 * figure comes suppressed from @miriam/evaluation; hidden ones say so.
 */
export const annualReport = defineTemplate({
  id: "annual-report",
  audience: "funder",
  schema: AnnualReportData,
  messages,
  build: (data, ctx) => {
    const { indicators } = data;
    const p = indicators.participation;
    const ocmw = ctx.settings.ocmw.name;
    const row = (label: Inline[], value: Inline[]): Inline[][] => [label, value];
    const blocks: Block[] = [
      {
        kind: "paragraph",
        style: "lead",
        content: ctx.t("intro", { ocmw, groups: ctx.count("groupCount", data.groups) }),
      },
      {
        kind: "paragraph",
        style: "small",
        content: ctx.t("suppression", { threshold: data.threshold }),
      },
      { kind: "heading", level: 2, content: ctx.t("participationHeading") },
      {
        kind: "table",
        head: [ctx.t("whatColumn"), ctx.t("figureColumn")],
        rows: [
          ...PARTICIPATION_COUNTS.flatMap((key) => {
            const value = p[key];
            return value === undefined ? [] : [row(ctx.t(key), count(ctx, value))];
          }),
          row(ctx.t("completionRate"), rate(ctx, p.completionRate, "percent")),
          ...(p.resultRate === undefined
            ? []
            : [row(ctx.t("resultRate"), rate(ctx, p.resultRate, "percent"))]),
        ],
      },
    ];
    const positiveExits = positiveExitReasons.codes.filter((code) => {
      const value = indicators.positiveExitByReason?.[code];
      return value !== undefined && value !== 0;
    });
    if (positiveExits.length > 0)
      blocks.push(
        { kind: "heading", level: 3, content: ctx.t("positiveExitHeading") },
        {
          kind: "table",
          head: [ctx.t("reasonColumn"), ctx.t("countColumn")],
          rows: positiveExits.map((code) =>
            row(
              [{ kind: "text", text: ctx.label(positiveExitReasons, code) }],
              count(ctx, indicators.positiveExitByReason![code]!),
            ),
          ),
        },
      );
    blocks.push({ kind: "heading", level: 3, content: ctx.t("dropOutHeading") });
    const reasons = dropOutReasons.codes.filter((code) => {
      const value = indicators.dropOutByReason[code];
      return value !== undefined && value !== 0;
    });
    blocks.push(
      reasons.length === 0
        ? { kind: "paragraph", content: ctx.t("noDropOut") }
        : {
            kind: "table",
            head: [ctx.t("reasonColumn"), ctx.t("countColumn")],
            rows: reasons.map((code) =>
              row(
                [{ kind: "text", text: ctx.label(dropOutReasons, code) }],
                count(ctx, indicators.dropOutByReason[code]!),
              ),
            ),
          },
      { kind: "heading", level: 2, content: ctx.t("collectiveHeading") },
      {
        kind: "table",
        head: [ctx.t("whatColumn"), ctx.t("figureColumn")],
        rows: [
          row(ctx.t("sessionsHeld"), [
            { kind: "text", text: ctx.number(indicators.sessions.held) },
          ]),
          row(ctx.t("meanAttendance"), rate(ctx, indicators.sessions.meanAttendance, "number")),
          row(ctx.t("meanDaysBetween"), rate(ctx, indicators.sessions.meanDaysBetween, "number")),
          row(ctx.t("maxDaysBetween"), rate(ctx, indicators.sessions.maxDaysBetween, "number")),
        ],
      },
    );
    if (data.sessions !== undefined && data.sessions.length > 0) {
      const alt = ctx.text("attendanceAlt");
      blocks.push({
        kind: "figure",
        svg: attendanceChart(data.sessions, {
          language: ctx.language,
          idPrefix: "attendance",
          title: alt,
        }),
        alt,
        caption: [],
      });
    }
    blocks.push(
      { kind: "heading", level: 2, content: ctx.t("individualHeading") },
      {
        kind: "paragraph",
        content: ctx.t("contactsPerMonth", {
          value: rate(ctx, indicators.contactsPerParticipantMonth, "number"),
        }),
      },
      { kind: "heading", level: 2, content: ctx.t("selfEvaluationHeading") },
      { kind: "paragraph", style: "small", content: ctx.t("selfEvaluationNote") },
      {
        kind: "table",
        head: [
          ctx.t("domainColumn"),
          ctx.t("nColumn"),
          ctx.t("t0Column"),
          ctx.t("t1Column"),
          ctx.t("changeColumn"),
        ],
        rows: [
          ...indicators.domains.map((d) => ({
            label: [{ kind: "text" as const, text: ctx.domain(d.domain) }],
            d,
          })),
          { label: ctx.t("selfReliance"), d: indicators.selfReliance },
        ].map(({ label, d }) => [
          label,
          count(ctx, d.n),
          rate(ctx, d.meanT0, "number"),
          rate(ctx, d.meanT1, "number"),
          rate(ctx, d.meanChange, "number"),
        ]),
      },
    );
    const changeAlt = ctx.text("changeAlt");
    blocks.push(
      {
        kind: "figure",
        svg: domainChangeChart(indicators.domains, {
          language: ctx.language,
          domains: domainLabels(ctx),
          idPrefix: "change",
          title: changeAlt,
        }),
        alt: changeAlt,
        caption: [],
      },
      {
        kind: "paragraph",
        content: ctx.t("improvement", {
          yes: count(ctx, indicators.overallImprovement.yes),
          n: count(ctx, indicators.overallImprovement.n),
          share: rate(ctx, indicators.overallImprovement.share, "percent"),
        }),
      },
      { kind: "heading", level: 2, content: ctx.t("indicatorsHeading") },
      {
        kind: "table",
        head: [ctx.t("indicatorColumn"), ctx.t("nColumn"), ctx.t("t0Column"), ctx.t("t1Column")],
        rows: indicators.outcomeIndicators.map((figure) => [
          [{ kind: "text", text: ctx.label(outcomeIndicators, figure.indicator) }],
          count(ctx, figure.n),
          rate(ctx, figure.shareT0, "percent"),
          rate(ctx, figure.shareT1, "percent"),
        ]),
      },
      { kind: "heading", level: 2, content: ctx.t("signalsHeading") },
      ...(data.signals === undefined || data.signals.length === 0
        ? [{ kind: "paragraph" as const, content: ctx.t("noSignals") }]
        : [
            { kind: "paragraph" as const, content: ctx.t("signalsIntro") },
            {
              kind: "list" as const,
              items: data.signals.map((signal) => ({
                content: [
                  { kind: "text" as const, text: `${ctx.domain(signal.domain)}: `, strong: true },
                  ...ctx.value(signal.observation),
                ],
              })),
            },
          ]),
      {
        kind: "signatures",
        parties: [{ role: ctx.common("coordinator"), name: ctx.value(data.coordinator, "long") }],
      },
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", {
        ocmw,
        from: ctx.date(data.period.from),
        to: ctx.date(data.period.to),
      }),
      confidential: false,
      blocks,
    };
  },
});
