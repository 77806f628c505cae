"use client";

import { useTranslations } from "next-intl";
import { restoreClinicVersion, restoreDoctorVersion } from "@/lib/catalog-editing/actions";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import { SubmitButton } from "@/components/forms/submit-button";
import { noticeClassName } from "@/components/ui/notice";
import { useStaffAction } from "@/components/admin/use-staff-action";

/** Publishes an earlier version again, unless another was published since the history was shown. */
export function RestoreVersionForm({ kind, itemId, number, latest }: { kind: CatalogItemKind; itemId: string; number: number; latest: number }) {
  const t = useTranslations("Admin");
  const { state, formProps, pending } = useStaffAction(kind === "CLINIC" ? restoreClinicVersion : restoreDoctorVersion, { clearOnSuccess: false });
  const message =
    state.result === "idle"
      ? undefined
      : state.result === "restored" && "version" in state
        ? t("catalog.restored", { version: state.version })
        : state.result === "outdated"
          ? t("catalog.restoreOutdated")
          : state.result === "invalid" && "errors" in state
            ? `${t("catalog.invalid")} ${state.errors.join("; ")}`
            : state.result === "gone"
              ? t("catalog.gone")
              : t(`action.${state.result as "invalid"}`);
  return (
    <form {...formProps}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="expectedLatest" value={latest} />
      <SubmitButton pending={pending}>{pending ? t("catalog.restoring") : t("catalog.restore", { number })}</SubmitButton>
      {message && (
        <p className={noticeClassName(state.result === "restored" ? "info" : "error")} role={state.result === "restored" ? "status" : "alert"}>
          {message}
        </p>
      )}
    </form>
  );
}
