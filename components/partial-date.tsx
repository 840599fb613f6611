import { getFormatter } from "next-intl/server";

/** Shows an ISO date that may stop at the year or month ("2018", "2018-11") as precisely as it is known. */
export async function PartialDate({ value }: { value: string }) {
  const format = await getFormatter();
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const text = format.dateTime(date, {
    timeZone: "UTC",
    year: "numeric",
    ...(month ? { month: "long" } : {}),
    ...(day ? { day: "numeric" } : {}),
  });
  return <time dateTime={value}>{text}</time>;
}
