import { performAction } from "@/lib/auth/action-client";
import * as authActions from "@/lib/auth/actions";
import * as catalogEditingActions from "@/lib/catalog-editing/actions";
import * as clinicContactActions from "@/lib/clinic-contacts/actions";
import * as leadActions from "@/lib/leads/actions";
import * as settingsActions from "@/lib/settings/actions";
import * as staffActions from "@/lib/staff/actions";

/** The workspace's forms: leads, quarantine, users, settings, clinic contacts. */
export const workspaceActions = { ...leadActions, ...staffActions, ...settingsActions, ...clinicContactActions };
export type WorkspaceActionName = keyof typeof workspaceActions;

/** Every server action of the app, by the module that declares it (a test checks none is missing). */
export const actionModules = {
  "lib/auth/actions.ts": authActions,
  "lib/catalog-editing/actions.ts": catalogEditingActions,
  "lib/clinic-contacts/actions.ts": clinicContactActions,
  "lib/leads/actions.ts": leadActions,
  "lib/settings/actions.ts": settingsActions,
  "lib/staff/actions.ts": staffActions,
};

type AnyServerAction = { definition: Parameters<typeof performAction>[0] };

/** An action as a browser with these headers would call it, outside Next's request scope (so nothing is revalidated). */
export function callAction(action: AnyServerAction, requestHeaders: Headers, input: unknown) {
  return performAction(action.definition, requestHeaders, input);
}
