import { appIcon } from "@/components/share/app-icon";

export function GET() {
  return appIcon(192);
}
