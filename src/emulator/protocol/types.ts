import { TypeCode } from './constants.js';
import { ProtocolDecodeError, type Reader, type Writer } from './notation.js';

/** A column type as carried by the `[option]` notation. */
export type ColumnType =
  | { code: typeof TypeCode.Custom; className: string }
  | { code: typeof TypeCode.List | typeof TypeCode.Set; element: ColumnType }
  | { code: typeof TypeCode.Map; key: ColumnType; value: ColumnType }
  | { code: typeof TypeCode.Udt; keyspace: string; name: string; fields: { name: string; type: ColumnType }[] }
  | { code: typeof TypeCode.Tuple; elements: ColumnType[] }
  | { code: number };

export function readColumnType(r: Reader, depth = 0): ColumnType {
  if (depth > 64) throw new ProtocolDecodeError('Column type nested too deeply');
  const code = r.short();
  switch (code) {
    case TypeCode.Custom:
      return { code, className: r.string() };
    case TypeCode.List:
    case TypeCode.Set:
      return { code, element: readColumnType(r, depth + 1) };
    case TypeCode.Map:
      return { code, key: readColumnType(r, depth + 1), value: readColumnType(r, depth + 1) };
    case TypeCode.Udt: {
      const keyspace = r.string();
      const name = r.string();
      const n = r.short();
      const fields: { name: string; type: ColumnType }[] = [];
      for (let i = 0; i < n; i++) fields.push({ name: r.string(), type: readColumnType(r, depth + 1) });
      return { code, keyspace, name, fields };
    }
    case TypeCode.Tuple: {
      const n = r.short();
      const elements: ColumnType[] = [];
      for (let i = 0; i < n; i++) elements.push(readColumnType(r, depth + 1));
      return { code, elements };
    }
    default:
      return { code };
  }
}

/** Skips an `[option]` column type exactly as `readColumnType` reads it (the same checks), building nothing. */
export function skipColumnType(r: Reader, depth = 0): void {
  if (depth > 64) throw new ProtocolDecodeError('Column type nested too deeply');
  const code = r.short();
  switch (code) {
    case TypeCode.Custom:
      r.skipString();
      return;
    case TypeCode.List:
    case TypeCode.Set:
      skipColumnType(r, depth + 1);
      return;
    case TypeCode.Map:
      skipColumnType(r, depth + 1);
      skipColumnType(r, depth + 1);
      return;
    case TypeCode.Udt: {
      r.skipString();
      r.skipString();
      const n = r.short();
      for (let i = 0; i < n; i++) {
        r.skipString();
        skipColumnType(r, depth + 1);
      }
      return;
    }
    case TypeCode.Tuple: {
      const n = r.short();
      for (let i = 0; i < n; i++) skipColumnType(r, depth + 1);
      return;
    }
    default:
      return;
  }
}

export function writeColumnType(w: Writer, t: ColumnType): void {
  w.short(t.code);
  if ('className' in t) w.string(t.className);
  else if ('element' in t) writeColumnType(w, t.element);
  else if ('key' in t) {
    writeColumnType(w, t.key);
    writeColumnType(w, t.value);
  } else if ('fields' in t) {
    w.string(t.keyspace).string(t.name).short(t.fields.length);
    for (const f of t.fields) {
      w.string(f.name);
      writeColumnType(w, f.type);
    }
  } else if ('elements' in t) {
    w.short(t.elements.length);
    for (const e of t.elements) writeColumnType(w, e);
  }
}
