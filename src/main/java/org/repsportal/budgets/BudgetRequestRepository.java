package org.repsportal.budgets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRequestRepository extends JpaRepository<BudgetRequest, Long> {

    List<BudgetRequest> findByState(BudgetState state);

    List<BudgetRequest> findByStateIn(List<BudgetState> states);
}
