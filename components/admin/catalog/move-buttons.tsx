"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { moveClinic, moveDoctor } from "@/lib/catalog-editing/actions";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import { buttonClassName } from "@/components/ui/button";
import { useStaffAction } from "@/components/admin/use-staff-action";
import text from "@/components/ui/text.module.css";
import styles from "./move-buttons.module.css";

/**
 * Moves a clinic or doctor one place up or down in the site's lists. The table row moves with it once the page has
 * refreshed, and focus stays on the button pressed (or its neighbour, once the row reaches an end).
 */
export function MoveButtons({ kind, itemId, name, first, last }: { kind: CatalogItemKind; itemId: string; name: string; first: boolean; last: boolean }) {
  const t = useTranslations("Admin.catalog.order");
  const tAction = useTranslations("Admin.action");
  const { state, formProps, pending } = useStaffAction(kind === "CLINIC" ? moveClinic : moveDoctor, { clearOnSuccess: false });
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pressed = useRef<"up" | "down">("up");
  // Once per answer: the refreshed table arrives with it, so the buttons' disabled state is already the new one.
  useEffect(() => {
    if (state.result !== "moved") return;
    const [wanted, other] = pressed.current === "up" ? [up, down] : [down, up];
    (wanted.current?.disabled ? other : wanted).current?.focus();
  }, [state]);
  const moved = state.result === "moved" && "position" in state;
  const refused = state.result !== "idle" && state.result !== "moved" && state.result !== "unchanged";
  return (
    <form {...formProps} className={styles.move}>
      <input type="hidden" name="itemId" value={itemId} />
      {(["up", "down"] as const).map((direction) => (
        <button
          key={direction}
          ref={direction === "up" ? up : down}
          type="submit"
          name="direction"
          value={direction}
          className={buttonClassName()}
          aria-label={t(direction, { name })}
          title={t(direction, { name })}
          disabled={pending || (direction === "up" ? first : last)}
          onClick={() => (pressed.current = direction)}
        >
          <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
        </button>
      ))}
      <span role="status" className={text.visuallyHidden}>
        {moved ? t("moved", { name, position: state.position }) : ""}
      </span>
      {refused && (
        <span role="alert" className={styles.error}>
          {state.result === "gone" ? tAction("notFound") : tAction(state.result as "forbidden")}
        </span>
      )}
    </form>
  );
}
