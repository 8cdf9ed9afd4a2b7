import { type GroupEvent, groupEvent } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { User } from "../../db/accounts";
import type { CaseloadEntry } from "../../domain/caseload";
import { type AppEnv, type Deps, requireGroup, requireUser } from "../context";
import { amendmentsOf, chosenTopicsList } from "../group-corrections";
import { type Html, html } from "../html";
import { csrfField, type PageContext } from "../layout";

// The group's list of topics (issue #20): the women co-decide the content of the
// sessions (METHODOLOGY.md §3, phase 6). Proposed: the topics its mothers proposed and
// the case manager confirmed, without who proposed them; chosen: `group-topic.chosen`.

/** The group's proposed and chosen topics. */
export async function groupTopics(
  deps: Deps,
  groupId: string,
  /** The group's caseload, when the caller has read it already (the group page). */
  caseload?: readonly CaseloadEntry[],
  /** The group's log, when the caller has read it already (the group page). */
  groupLog?: readonly GroupEvent[],
): Promise<{ proposed: string[]; chosen: string[]; events: readonly GroupEvent[] }> {
  // Her confirmed topics are kept in her projected row: no log is read.
  const proposed = new Set<string>();
  for (const entry of caseload ?? (await deps.kit.caseload([groupId])))
    for (const topic of entry.topics) proposed.add(topic);
  const chosen = new Set<string>();
  const events = groupLog ?? (await deps.kit.group(groupId)).events;
  // As corrected: a topic chosen by mistake and voided is no longer chosen.
  for (const event of amendmentsOf(events).effective)
    if (event.type === "group-topic.chosen") chosen.add(event.data.topic);
  return { proposed: [...proposed], chosen: [...chosen], events };
}

/** The group page's section: chosen topics, and proposed ones the group can choose. */
export function groupTopicsSection(
  groupId: string,
  topics: {
    proposed: readonly string[];
    chosen: readonly string[];
    events: readonly GroupEvent[];
  },
  ctx: PageContext,
  user: Pick<User, "id" | "role">,
): Html {
  const { t } = ctx;
  const open = topics.proposed.filter((topic) => !topics.chosen.includes(topic));
  const choose = (topic: string) =>
    html`<form method="post" action="/groups/${groupId}/topics" class="inline">${csrfField(ctx)}<input type="hidden" name="topic" value="${topic}"><button type="submit" class="small">${t("groupTopicChoose")}</button></form>`;
  return html`<section aria-labelledby="topics-h"><h2 id="topics-h">${t("groupTopics")}</h2>
<h3>${t("groupTopicsChosen")}</h3>
${chosenTopicsList(groupId, topics.events, ctx, user)}
<h3>${t("groupTopicsProposed")}</h3>
${open.length === 0 ? html`<p class="muted">—</p>` : html`<ul>${open.map((topic) => html`<li>${topic} ${choose(topic)}</li>`)}</ul>`}
<form method="post" action="/groups/${groupId}/topics" class="stack card">${csrfField(ctx)}
<label for="new-topic">${t("groupTopicNew")}</label><input type="text" id="new-topic" name="topic" required maxlength="200">
<div class="actions"><button type="submit">${t("groupTopicChoose")}</button></div></form>
</section>`;
}

export function registerGroupTopicRoutes(app: Hono<AppEnv>, deps: Deps) {
  app.post("/groups/:gid/topics", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const topic = String(c.get("body")?.topic ?? "").trim();
    let event: ReturnType<typeof groupEvent<"group-topic.chosen">>;
    try {
      event = groupEvent("group-topic.chosen", { groupId, by: user.id, data: { topic } });
    } catch {
      throw new HTTPException(422, { message: "A topic of 1 to 200 characters." });
    }
    await deps.kit.recordGroupEvent(user, groupId, event);
    return c.redirect(`/groups/${groupId}#topics-h`, 303);
  });
}
