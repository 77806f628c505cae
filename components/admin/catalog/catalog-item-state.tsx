import { getFormatter, getTranslations } from "next-intl/server";
import type { CatalogItems } from "@/lib/catalog-editing/catalog-overview";

type Item = CatalogItems["doctors"][number];

/** The draft and latest-version cells of a catalog row: who saved or published last, and when. */
export async function CatalogItemState({ item }: { item: Item }) {
  const [t, format] = await Promise.all([getTranslations("Admin.catalog"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const { latest } = item;
  // An import has no author: the version came from the content file (npm run db:seed).
  const latestVersion = !latest
    ? t("noVersion")
    : latest.action === "IMPORTED" && !latest.by
      ? t("versionImported", { number: latest.number, date: when(latest.at) })
      : t("versionBy", { number: latest.number, name: latest.by ?? t("someone"), date: when(latest.at) });
  return (
    <>
      <td>{item.draft ? t("savedBy", { name: item.draft.by ?? t("someone"), date: when(item.draft.at) }) : t("noDraft")}</td>
      <td>{latestVersion}</td>
    </>
  );
}
