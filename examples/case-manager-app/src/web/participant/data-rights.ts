import type { Hono } from "hono";
import { eraseParticipant, exportParticipant } from "../../domain/privacy";
import { type AppEnv, bodyOf, type Deps } from "../context";
import { FormReader } from "../forms";
import { loadParticipant } from "./load";

/** Her data rights: all her data to take away (JSON), and its erasure. */
export function registerDataRightsRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  app.get("/participants/:tid/export.json", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user } = await loadParticipant(deps, c, trajectoryId);
    const data = await exportParticipant(kit, user, trajectoryId);
    c.header("Content-Disposition", `attachment; filename="${trajectoryId}.json"`);
    return c.json(data);
  });

  app.post("/participants/:tid/erase", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user } = await loadParticipant(deps, c, trajectoryId);
    const form = new FormReader(bodyOf(c));
    if (form.str("confirm") !== trajectoryId)
      return c.redirect(`/participants/${trajectoryId}`, 303);
    await eraseParticipant(kit, user, trajectoryId);
    return c.redirect(`/participants/${trajectoryId}?erased=1`, 303);
  });
}
