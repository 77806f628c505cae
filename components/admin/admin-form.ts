import controls from "@/components/forms/controls.module.css";
import styles from "./admin-form.module.css";

/** The class names of a workspace form: its fieldsets, the room under its fields and the look of its text controls. */
export const adminFormClassName = `${styles.form} ${controls.controls}`;
