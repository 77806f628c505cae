import { expect, test, type APIRequestContext } from "@playwright/test";
import { decodePng } from "../../scripts/lib/png-pixels";

const pageTypes = [
  { name: "home", path: "" },
  { name: "treatments", path: "/treatments" },
  { name: "treatment", path: "/treatments/tace-chemoembolization" },
  { name: "condition", path: "/conditions/liver-metastases" },
  { name: "clinics", path: "/clinics" },
  { name: "clinic", path: "/clinics/veloria-hepatobiliary-centre" },
  { name: "doctors", path: "/doctors" },
  { name: "doctor", path: "/doctors/selin-aksungur" },
  { name: "consultation", path: "/consultation" },
  { name: "privacy", path: "/privacy" },
];

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** Fetches an image and returns its real pixel size, read from the PNG itself. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const body = await response.body();
  const { width, height } = decodePng(body);
  return { width, height, body };
}

for (const { name, path } of pageTypes) {
  test(`the ${name} page's share image is a PNG of the size it declares, in English and Arabic`, async ({ request }) => {
    const images: Buffer[] = [];
    for (const locale of ["en", "ar"]) {
      const html = await (await request.get(`/${locale}${path}`)).text();
      const declared = { width: Number(metaContent(html, "og:image:width")), height: Number(metaContent(html, "og:image:height")) };
      expect(declared, `${locale}${path}`).toEqual({ width: 1200, height: 630 });
      expect(metaContent(html, "og:image:type")).toBe("image/png");
      expect(metaContent(html, "og:image:alt"), `${locale}${path}`).toMatch(/\S/);
      expect(metaContent(html, "twitter:card")).toBe("summary_large_image");

      const ogImage = metaContent(html, "og:image")!;
      expect(ogImage, `${locale}${path}`).toContain(`/${locale}${path}/`);
      const { body, ...size } = await pngSize(request, ogImage);
      expect(size, ogImage).toEqual(declared);
      const twitterImage = metaContent(html, "twitter:image")!;
      expect({ width: Number(metaContent(html, "twitter:image:width")), height: Number(metaContent(html, "twitter:image:height")) }).toEqual(declared);
      const { body: twitterBody, ...twitterSize } = await pngSize(request, twitterImage);
      expect(twitterSize, twitterImage).toEqual(declared);
      expect(twitterBody.equals(body)).toBe(true);
      images.push(body);
    }
    expect(images[0]!.equals(images[1]!), "the Arabic image differs from the English one").toBe(false);
  });
}

test("the web manifest names the brand and its colours, and every icon it lists is a PNG of its size", async ({ request }) => {
  const html = await (await request.get("/en")).text();
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = (await response.json()) as {
    name: string; start_url: string; display: string; theme_color: string; background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: "Careport", start_url: "/", display: "standalone", theme_color: "#0b5f73", background_color: "#ffffff" });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) {
    const { width, height } = await pngSize(request, icon.src);
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  expect((await request.get(manifest.start_url)).status()).toBe(200);
});

test("the Apple touch icon and the SVG icon answer with their types", async ({ request }) => {
  const { width, height } = await pngSize(request, "/apple-touch-icon.png");
  expect({ width, height }).toEqual({ width: 180, height: 180 });
  const html = await (await request.get("/ar")).text();
  const svgHref = /<link rel="icon" href="(\/icon\.svg[^"]*)"/.exec(html)?.[1];
  expect(svgHref).toBeDefined();
  const svg = await request.get(svgHref!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
});
