import { manifestIcons, pngResponse, renderAppIcon } from "@/lib/seo/app-icons";

export const dynamicParams = false;
export const generateStaticParams = () => manifestIcons.map((icon) => ({ icon: icon.file }));

export async function GET(_request: Request, { params }: RouteContext<"/icons/[icon]">) {
  const { icon } = await params;
  const { size, purpose } = manifestIcons.find((each) => each.file === icon)!;
  return pngResponse(await renderAppIcon(size, { fullBleed: purpose === "maskable" }));
}
