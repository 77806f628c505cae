import { isValidElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { PhotoOrInitials } from "@/components/catalog/photo-or-initials";
import { getClinic, listClinics } from "@/lib/catalog/clinics";
import { getDoctor } from "@/lib/catalog/doctors";
import { db } from "@/lib/db";

const clinicSlug = "veloria-hepatobiliary-centre";
const photo = { photoUrl: "/media/clinics/veloria.jpg", photoWidth: 1200, photoHeight: 800 };

/** What the component renders, as React elements: the seam between the query and the page's HTML. */
const rendered = (props: Parameters<typeof PhotoOrInitials>[0]) => {
  const element = PhotoOrInitials(props);
  if (!isValidElement(element)) throw new Error("PhotoOrInitials rendered no element");
  return element as ReactElement<Record<string, unknown>>;
};

describe("catalog photos", () => {
  it("are placeholders until a photo is set: initials, hidden from screen readers, in a box of fixed size", async () => {
    const clinic = (await getClinic(clinicSlug, "en"))!;
    expect(clinic.photo).toBeNull();
    const placeholder = rendered({ photo: clinic.photo, name: clinic.name, shape: "square", size: "header" });
    expect(placeholder.type).toBe("svg");
    expect(placeholder.props).toMatchObject({ "aria-hidden": "true", width: 56, height: 56 });
  });

  it("render a clinic's photo with its size and the alt text of the page's locale", async () => {
    await db.clinic.update({ where: { slug: clinicSlug }, data: photo });
    await db.clinicTranslation.updateMany({
      where: { clinic: { slug: clinicSlug }, locale: "en" },
      data: { photoAlt: "The clinic's entrance" },
    });
    const clinic = (await getClinic(clinicSlug, "en"))!;
    expect(clinic.photo).toEqual({ url: photo.photoUrl, width: 1200, height: 800, alt: "The clinic's entrance" });
    const listed = (await listClinics("en")).find((item) => item.slug === clinicSlug)!;
    expect(listed.photo).toEqual(clinic.photo);

    const image = rendered({ photo: clinic.photo, name: clinic.name, shape: "square", size: "header" });
    expect(image.type).toBe("img");
    expect(image.props).toMatchObject({ src: photo.photoUrl, width: 1200, height: 800, alt: "The clinic's entrance" });

    // No alt text in German yet: the photo is decorative there, never described by a stand-in.
    const german = (await getClinic(clinicSlug, "de"))!;
    expect(rendered({ photo: german.photo, name: german.name, shape: "square", size: "card" }).props.alt).toBe("");
  });

  it("return a doctor's portrait", async () => {
    await db.doctor.update({ where: { slug: "selin-aksungur" }, data: { ...photo, photoUrl: "/media/doctors/selin.jpg" } });
    expect((await getDoctor("selin-aksungur", "ar"))!.photo).toEqual({ url: "/media/doctors/selin.jpg", width: 1200, height: 800, alt: "" });
  });

  it("are refused without their size, so no page can be laid out without it", async () => {
    await expect(db.doctor.update({ where: { slug: "vera-lugovskaya" }, data: { photoUrl: "/media/doctors/vera.jpg" } })).rejects.toThrow(
      /Doctor_photo_complete/,
    );
  });
});
