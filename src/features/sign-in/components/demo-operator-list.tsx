import { useId } from 'react';
import type { DemoOperator } from '../../../../mocks/mock-settings.ts';
import { describeRole, type Operator } from '../../../contract/index.ts';

interface DemoOperatorListProps {
  operators: readonly DemoOperator[];
  /** Who is signed in now, if anyone. */
  current: Operator | null;
  onChoose: (operator: DemoOperator) => void;
}

/** The mock's demo operators, one button each, with the role and what it may do beside it. */
export function DemoOperatorList({ operators, current, onChoose }: DemoOperatorListProps) {
  return (
    <ul className="demo-operators" aria-label="Demo operators">
      {operators.map((operator) => (
        <DemoOperatorItem
          key={operator.token}
          operator={operator}
          signedIn={current?.name === operator.name && current.role === operator.role}
          onChoose={onChoose}
        />
      ))}
    </ul>
  );
}

function DemoOperatorItem({
  operator,
  signedIn,
  onChoose,
}: {
  operator: DemoOperator;
  signedIn: boolean;
  onChoose: (operator: DemoOperator) => void;
}) {
  const descriptionId = useId();
  return (
    <li>
      <p>
        <button type="button" aria-describedby={descriptionId} onClick={() => onChoose(operator)}>
          Sign in as {operator.name}
        </button>
      </p>
      <div id={descriptionId}>
        <p>
          <strong>Role: {operator.role}</strong>
          {signedIn ? ' · signed in now' : ''}
        </p>
        <p>{describeRole(operator.role)}</p>
      </div>
    </li>
  );
}
