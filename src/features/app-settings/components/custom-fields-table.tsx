import { GuardedButton } from '../../../components/role-guard.tsx';
import type { CustomFieldDefinition } from '../../../contract/index.ts';
import { formatNumber } from '../../../lib/format.ts';

interface CustomFieldsTableProps {
  fields: CustomFieldDefinition[];
  usage: Record<string, number>;
  onEdit: (field: CustomFieldDefinition) => void;
  onRemove: (field: CustomFieldDefinition) => void;
}

/** The app's custom profile fields, with how many users hold a value for each. */
export function CustomFieldsTable({ fields, usage, onEdit, onRemove }: CustomFieldsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Custom fields">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Label</th>
            <th scope="col">Maximum length</th>
            <th scope="col">Users with a value</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.key}>
              <th scope="row">{field.key}</th>
              <td>{field.label}</td>
              <td>{formatNumber(field.maxLength)}</td>
              <td>{formatNumber(usage[field.key] ?? 0)}</td>
              <td className="row-actions">
                <GuardedButton action="defineProfileFields" onClick={() => onEdit(field)}>
                  Edit
                </GuardedButton>
                <GuardedButton action="defineProfileFields" onClick={() => onRemove(field)}>
                  Remove
                </GuardedButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
