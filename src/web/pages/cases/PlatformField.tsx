// Where the reported post is: the same choice on the report form and on "Report this post".
import { PLATFORMS } from "../../../server/features/cases/vocabulary.js";

export function PlatformField({ id }: { id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Platform</label>
      <select id={id} name="platform" required defaultValue="">
        <option value="" disabled>
          Choose where the post is
        </option>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}
