import { getFormatter, getTranslations } from "next-intl/server";
import type { CatalogItems } from "@/lib/catalog-editing/catalog-overview";

type Item = CatalogItems["doctors"][number];

/** The draft and latest-version cells of a catalog row: who saved or published last, and when. */
export async function CatalogItemState({ item }: { item: Item }) {
  const [t, format] = await Promise.all([getTranslations("Admin.catalog"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <td>{item.draft ? t("savedBy", { name: item.draft.by ?? t("someone"), date: when(item.draft.at) }) : t("noDraft")}</td>
      <td>{item.latest ? t("versionBy", { number: item.latest.number, name: item.latest.by ?? t("someone"), date: when(item.latest.at) }) : t("noVersion")}</td>
    </>
  );
}
