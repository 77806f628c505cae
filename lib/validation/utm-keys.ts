/** Campaign parameters kept with a consultation request (a plain list: the layout's client code imports it). */
export const utmKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
